import { type Context, GrammyError } from "grammy";

/** How long Telegram's answer about one member of one chat is trusted. */
export const ADMIN_CACHE_TTL_MS = 60_000;
/** Past this many remembered members the oldest are forgotten (a bound on memory, not a tuning knob). */
const MAX_ENTRIES = 10_000;

/**
 * Who is an administrator of which chat, as Telegram last said, kept for `ttlMs` per
 * (chat, user). One per bot instance (createBot makes it; handlers reach it through the context),
 * so two bots in one process, or two tests, never share answers. Callers asking about the same
 * member while a lookup runs share it; a failed lookup is not kept.
 */
export interface AdminCache {
  /** Whether `userId` administers `chatId`: the remembered answer, else `ask()`'s. */
  isAdmin(chatId: number, userId: number, ask: () => Promise<boolean>): Promise<boolean>;
  readonly size: number;
}

export function createAdminCache(opts: { ttlMs?: number; now?: () => number; maxEntries?: number } = {}): AdminCache {
  const ttlMs = opts.ttlMs ?? ADMIN_CACHE_TTL_MS;
  const now = opts.now ?? (() => performance.now());
  const maxEntries = opts.maxEntries ?? MAX_ENTRIES;
  const entries = new Map<string, { answer: Promise<boolean>; at: number }>();
  return {
    isAdmin(chatId, userId, ask) {
      const key = `${chatId}:${userId}`;
      const hit = entries.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.answer;
      entries.delete(key);
      const answer = ask();
      const mine = { answer, at: now() };
      entries.set(key, mine);
      answer.catch(() => {
        if (entries.get(key) === mine) entries.delete(key);
      });
      // Maps iterate in insertion order: the first entries are the oldest.
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return answer;
    },
    get size() {
      return entries.size;
    },
  };
}

/** What the context must carry: the bot's admin cache (attachDeps puts it there). */
export interface AdminDeps {
  admins: AdminCache;
}

/** Why a settings change is refused: the sender is no administrator, or Telegram would not say. */
export type SettingsRefusal = "not-admin" | "admin-unknown";

/**
 * Whether the sender of this update may change the chat's settings: in a private chat always;
 * in groups, supergroups and channels only an administrator (creator or administrator, as
 * `getChatMember` reports, cached briefly). Returns null when allowed, else why not.
 * An anonymous administrator (a message sent on behalf of the group itself) and a channel post
 * (only administrators post in a channel) pass without asking. When Telegram refuses to answer,
 * the change is refused too: a settings change is never let through on a guess.
 */
export async function settingsRefusal(ctx: Context & AdminDeps): Promise<SettingsRefusal | null> {
  const chat = ctx.chat;
  if (!chat || chat.type === "private") return null;
  const msg = ctx.msg;
  if (!ctx.callbackQuery && msg?.sender_chat?.id === chat.id) return null;
  if (ctx.channelPost) return null;
  const user = ctx.from;
  if (!user) return "not-admin";
  try {
    const admin = await ctx.admins.isAdmin(chat.id, user.id, async () => {
      const member = await ctx.api.getChatMember(chat.id, user.id);
      return member.status === "creator" || member.status === "administrator";
    });
    return admin ? null : "not-admin";
  } catch (error) {
    // A permanent answer from Telegram (the bot is not in the chat, the method is unavailable):
    // nothing is known, so nothing is changed. Anything else (the bot stopping) goes on up.
    if (error instanceof GrammyError) return "admin-unknown";
    throw error;
  }
}
