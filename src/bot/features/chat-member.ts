import { chatStatusFor, migrateChat } from "../../domain/chats.js";
import type { BotContext } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";

/** Keeps the chat's status in step with what Telegram reports about the bot's membership. */
export const chatMemberFeature = new FeatureComposer<BotContext>();

chatMemberFeature.on("my_chat_member", async (ctx) => {
  const update = ctx.myChatMember;
  const status = chatStatusFor(update.chat.type, update.new_chat_member.status);
  await ctx.chats.setStatus(update.chat.id, status);
  if (ctx.chatPrefs) ctx.chatPrefs.status = status;
  ctx.logger.info({ chatId: update.chat.id, status }, "bot membership changed");
});

// A group upgraded to a supergroup gets a new id: its settings and what it is owed follow it.
// Telegram sends both service messages (in either order); the move is idempotent.
chatMemberFeature.on("message:migrate_to_chat_id", async (ctx) => {
  await migrateChat(ctx.db, ctx.chat.id, ctx.msg.migrate_to_chat_id, ctx.clock());
  ctx.logger.info({ from: ctx.chat.id, to: ctx.msg.migrate_to_chat_id }, "group upgraded to a supergroup");
});

chatMemberFeature.on("message:migrate_from_chat_id", (ctx) => migrateChat(ctx.db, ctx.msg.migrate_from_chat_id, ctx.chat.id, ctx.clock()));
