import type { Context } from "grammy";

/**
 * Whether an update asks the bot for something. In private chats and for button presses
 * always; in groups only commands addressed to this bot, replies to it and mentions of it, so
 * the bot never chimes into a conversation between people.
 */
export function isAddressedToBot(ctx: Context): boolean {
  if (ctx.callbackQuery) return true;
  const msg = ctx.message;
  if (!msg) return false;
  if (ctx.chat?.type === "private") return true;
  const username = ctx.me?.username?.toLowerCase();
  if (msg.reply_to_message?.from?.id === ctx.me?.id) return true;
  const text = msg.text ?? msg.caption ?? "";
  if (!username) return false;
  const command = /^\/[A-Za-z0-9_]+@([A-Za-z0-9_]+)/.exec(text);
  if (command) return command[1]?.toLowerCase() === username;
  return mentionOf(username).test(text);
}

/** "@bot" as a whole mention: not "@bot_fan" (another user) nor "x@bot.com" (an address). */
function mentionOf(username: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_])@${username}(?![A-Za-z0-9_])`, "ig");
}

/** The message text without a leading mention of the bot ("@bot boxing" -> "boxing"). */
export function stripMention(text: string, username: string | undefined): string {
  if (!username) return text.trim();
  return text.replace(mentionOf(username), " ").trim();
}

/** A command's argument without mentions of the bot: "/licenses @bot boxing" reads as "/licenses boxing". */
export function commandArgument(ctx: Context & { match: string }): string {
  return stripMention(ctx.match, ctx.me?.username);
}
