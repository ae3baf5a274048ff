import { GrammyError, InputFile } from "grammy";
import type { Message } from "grammy/types";
import type { Logger } from "pino";
import { cardFileId, type FanData } from "../../domain/fan-data.js";
import { forgetCardFile, saveCardFile } from "../../domain/medal-card-files.js";
import type { ReadModel } from "../../domain/read-model.js";
import type { CardFileKey } from "../../domain/types.js";
import type { Clock } from "../../lib/clock.js";
import type { Lang } from "../../lib/languages.js";
import { type CardFonts, loadCardFonts, type MedalCardInput } from "../render/medal-card.js";
import { MedalCardCache } from "../render/medal-card-cache.js";
import { viewMessages } from "../render/view-messages.js";
import type { View } from "../views/view.js";

/** A medal card to send: the result it shows and what it says to one reader. */
export interface CardToSend {
  resultId: number;
  input: MedalCardInput;
}

/** The one call that sends the photo, given the picture to upload or the file_id of an earlier upload. */
export type SendPhoto = (photo: InputFile | string) => Promise<Message.PhotoMessage>;

/** Telegram's answers for a file_id it no longer accepts (the picture is then uploaded again). */
const STALE_FILE_ID = /file identifier|FILE_ID_INVALID|file reference|type of file mismatch|can't use file of type/i;

/**
 * Sends medal cards as photos, each card uploaded once per bot, result, language and content:
 * the file_id Telegram gives back is kept (medal_card_files, read with the fan data) and every
 * later send of the same card, by the broadcast sender or a fan's button, in this process or
 * another, after a restart, sends that file_id. While one send uploads a card, the others of it
 * in this process wait for its file_id. Two instances asking for a card no one uploaded yet at
 * the same moment may each upload it once; the last to finish is kept.
 */
export class MedalCardPhotos {
  private readonly uploads = new Map<string, Promise<void>>();
  private cards: Promise<MedalCardCache> | undefined;

  constructor(
    private readonly opts: {
      /** The read model: where the file_ids are read from and written through. */
      store: ReadModel;
      clock: Clock;
      logger: Logger;
      /** The card's fonts (default: from the installed package). */
      fonts?: () => Promise<CardFonts>;
    },
  ) {}

  /**
   * Whether cards can be drawn: the fonts are read at the first ask. Without them a medal goes
   * as text; a failed read is tried again at the next ask.
   */
  async ready(): Promise<boolean> {
    try {
      await this.cache();
      return true;
    } catch (err) {
      this.opts.logger.error({ err }, "could not load the medal card's fonts; medals go as text");
      return false;
    }
  }

  /** Sends `card` through `send`: by its file_id when Telegram has it, else uploaded (drawn once per content). */
  async send(botId: number, card: CardToSend, send: SendPhoto): Promise<Message.PhotoMessage> {
    const key = cardFileKey(botId, card);
    const slot = `${key.botId}:${key.resultId}:${key.lang}:${key.cardKey}`;
    // A file_id Telegram refused is not tried again, whatever the read model still says.
    let refused: string | undefined;
    for (;;) {
      const fileId = cardFileId(await this.opts.store.current(), key, () => key.cardKey);
      if (fileId !== undefined && fileId !== refused) {
        try {
          return await send(fileId);
        } catch (err) {
          if (!(err instanceof GrammyError && err.error_code === 400 && STALE_FILE_ID.test(err.description))) throw err;
          this.opts.logger.warn({ ...key, reason: err.description }, "a medal card's file_id is refused; uploading it again");
          refused = fileId;
          await forgetCardFile(this.opts.store, key, fileId).catch((e: unknown) =>
            this.opts.logger.warn({ err: e }, "could not forget a medal card's file_id"),
          );
          continue;
        }
      }
      const inFlight = this.uploads.get(slot);
      if (inFlight) {
        // Its file_id is known once it is done; if it failed, the next of us uploads.
        await inFlight;
        continue;
      }
      let done = () => {};
      this.uploads.set(slot, new Promise<void>((resolve) => (done = resolve)));
      try {
        const picture = await (await this.cache()).get(card.resultId, card.input);
        const sent = await send(new InputFile(picture.png, "medal.png"));
        // The largest size is the picture as uploaded; its file_id sends it whole.
        const uploaded = sent.photo.at(-1)?.file_id;
        if (uploaded !== undefined) {
          // Best effort: without the row the card is uploaded once more next time, nothing worse.
          await saveCardFile(this.opts.store, key, uploaded, this.opts.clock()).catch((err: unknown) =>
            this.opts.logger.warn({ err }, "could not keep a medal card's file_id"),
          );
        }
        return sent;
      } finally {
        this.uploads.delete(slot);
        done();
      }
    }
  }

  private cache(): Promise<MedalCardCache> {
    if (!this.cards) {
      const cards = (this.opts.fonts ?? loadCardFonts)().then((fonts) => new MedalCardCache(fonts));
      // A failed read is tried again at the next ask.
      cards.catch(() => {
        if (this.cards === cards) this.cards = undefined;
      });
      this.cards = cards;
    }
    return this.cards;
  }
}

/**
 * The file_id of a card Telegram already has, from the fan data in memory: what inline mode can
 * offer (only a picture uploaded before can be), with nothing drawn or queried while a fan types.
 * The card's texts are made only for a result with a card uploaded in that language.
 */
export function knownCardFileId(
  data: FanData,
  card: { botId: number; resultId: number; lang: Lang },
  input: () => MedalCardInput,
): string | undefined {
  return cardFileId(data, card, () => MedalCardCache.contentKey(input()));
}

function cardFileKey(botId: number, card: CardToSend): CardFileKey {
  return { botId, resultId: card.resultId, lang: card.input.lang, cardKey: MedalCardCache.contentKey(card.input) };
}

/** A view as a photo's caption: its text (one message's worth, as the card's is) and its keyboard. */
export function captionOptions(view: View) {
  const [message] = viewMessages(view);
  if (!message) throw new Error("a photo's caption view has no text");
  return {
    caption: message.text,
    parse_mode: message.options.parse_mode,
    ...(message.options.reply_markup ? { reply_markup: message.options.reply_markup } : {}),
  };
}
