import { resultById } from "../../domain/fan-data.js";
import { isMedal } from "../../domain/results.js";
import { onButton, staleAnswer } from "../buttons.js";
import { medalCardButton } from "../callback-data/medals.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { captionOptions } from "../outgoing/medal-card-photos.js";
import { reply } from "../send-view.js";
import { isPhotoRefused } from "../telegram-errors.js";
import { medalCardInput, medalCardView } from "../views/medal-card.js";
import { MAX_CAPTION_LENGTH } from "../views/result-alert.js";

export const medalCardsFeature = new FeatureComposer<BotContext>();

/**
 * The 🖼 Card button under a medal (/medals, an athlete's screen): the medal's card as a photo in
 * this chat, in the reader's language, its text as the caption and a Share button that offers the
 * same card in any chat (inline mode). The picture is uploaded once per result and language
 * (outgoing/medal-card-photos.ts); every later press, by anyone, sends Telegram's file_id of it.
 */
onButton(medalCardsFeature, medalCardButton, async (ctx, button) => {
  const data = await ctx.readModel.current();
  const found = resultById(data, button.resultId);
  const chatId = ctx.chat?.id;
  // Removed, or corrected to a placing without a medal, since the screen was drawn.
  if (!found || !isMedal(found.result) || chatId === undefined) return staleAnswer(ctx);
  const rc = renderContextOf(ctx);
  const view = medalCardView(rc, found.games, found.result);
  if (view.text.value.length <= MAX_CAPTION_LENGTH && (await ctx.medalCards.ready())) {
    const card = { resultId: found.result.id, input: medalCardInput(rc, found.games, found.result) };
    try {
      await ctx.medalCards.send(ctx.me.id, card, (photo) => ctx.api.sendPhoto(chatId, photo, captionOptions(view)));
      return;
    } catch (err) {
      // A group that takes no photos: the caption alone says it all.
      if (!isPhotoRefused(err)) throw err;
      ctx.logger.info({ chatId, reason: err.description }, "photo refused; sending the medal card's text");
    }
  }
  await reply(ctx, view);
});
