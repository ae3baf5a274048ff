import type { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Logger } from "pino";
import type { Db } from "../db/handle.js";
import type { ChatDirectory } from "../domain/chat-directory.js";
import type { ReadModel } from "../domain/read-model.js";
import type { Cached } from "../lib/cached.js";
import type { Clock } from "../lib/clock.js";
import type { Lang } from "../lib/languages.js";
import type { AdminCache } from "./filters/is-chat-admin.js";
import type { MedalCardPhotos } from "./outgoing/medal-card-photos.js";
import { type RenderContext, renderContext } from "./views/render-context.js";

/** The part of the configuration handlers and views need. */
export interface BotSettings {
  displayTz: string;
  /** Broadcast messages a second: for the staff's estimate of when a broadcast is out. */
  broadcastRate: number;
  /** Seconds a new-license alert waits before it starts (Undo cancels it whole until then). */
  alertDelaySec: number;
  /** Where the HTTP server is reached from outside (config.publicUrl): the calendar feeds' links; none without. */
  publicUrl?: string | undefined;
}

export interface ChatPrefs {
  /** The language chosen with /language; null = follow the user's Telegram language. */
  language: Lang | null;
  status: string;
}

/** What every handler gets, installed per update by `attachDeps` (no globals). */
export interface DepsFlavor {
  db: Db;
  clock: Clock;
  config: BotSettings;
  logger: Logger;
  i18n: I18n;
  /**
   * What fans read (Games, sports, licenses, athletes, results, windows), from memory; also the
   * FanStore staff writes go through, so their next read sees the write.
   */
  readModel: ReadModel;
  /** The chats seen, in memory: their preferences, and their last-seen times written behind. */
  chats: ChatDirectory;
  /** Who administers which group, as Telegram said within the last minute (settings changes check it). */
  admins: AdminCache;
  /** The ids of staff, kept briefly: which updates may reach the staff conversations. */
  staffIds: Cached<ReadonlySet<number>>;
  /** Medal cards as photos, each uploaded once (shared with the broadcast sender). */
  medalCards: MedalCardPhotos;
  /** The chat's stored preferences; null for updates without a chat (or before they are read). */
  chatPrefs: ChatPrefs | null;
  /** The language this update is answered in. */
  lang: Lang;
}

export type BotContext = Context & DepsFlavor;

/** What a view needs to render for this update: its language, the display zone and the time now. */
export function renderContextOf(ctx: BotContext): RenderContext {
  return renderContext(ctx.i18n, ctx.lang, ctx.config, ctx.clock());
}
