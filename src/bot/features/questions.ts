import { Composer } from "grammy";
import { classifyIntent } from "../../domain/intents.js";
import { type BotContext, renderContextOf } from "../context.js";
import { isAddressedToBot, stripMention } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { startView } from "../views/start.js";

/**
 * Questions in plain words, in three languages (src/domain/intents.ts): "когда олимпиада?" and
 * "олимпиада қашан?" get the countdown, "медали" / "медальдар" / "medals" the medals, a greeting the
 * main menu. In groups only what is addressed to the bot. Anything else goes on to the lookup.
 */
export const questionsFeature = new Composer<BotContext>();

questionsFeature.on("message:text").filter(isAddressedToBot, async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith("/")) return next();
  const intent = classifyIntent(stripMention(text, ctx.me.username));
  if (intent === null) return next();
  if (intent.type === "greeting") return show(ctx, startView(renderContextOf(ctx), ctx.from.first_name));
  // Answered as the command itself, by its own feature, so a question and /countdown or /medals
  // can never disagree (features stand alone: this one cannot call theirs).
  const command = intent.type === "countdown" ? "countdown" : intent.kind === "paralympic" ? "medals paralympic" : "medals";
  return answerAsCommand(ctx, command, next);
});

/** Goes on down the chain as if the fan had sent `/<command>`: the command's feature answers. */
function answerAsCommand(ctx: BotContext & { message: { text: string } }, command: string, next: () => Promise<void>): Promise<void> {
  const name = command.split(" ")[0] ?? command;
  ctx.message.text = `/${command}`;
  ctx.message.entities = [{ type: "bot_command", offset: 0, length: name.length + 1 }];
  return next();
}
