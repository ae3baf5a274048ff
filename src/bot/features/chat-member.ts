import { Composer } from "grammy";
import { chatStatusFor, setChatStatus } from "../../domain/chats.js";
import type { BotContext } from "../context.js";

/** Keeps the chat's status in step with what Telegram reports about the bot's membership. */
export const chatMemberFeature = new Composer<BotContext>();

chatMemberFeature.on("my_chat_member", async (ctx) => {
  const update = ctx.myChatMember;
  const status = chatStatusFor(update.chat.type, update.new_chat_member.status);
  await setChatStatus(ctx.db, update.chat.id, status);
  if (ctx.chatPrefs) ctx.chatPrefs.status = status;
  ctx.logger.info({ chatId: update.chat.id, status }, "bot membership changed");
});
