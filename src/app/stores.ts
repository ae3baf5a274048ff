import { MedalCardPhotos } from "../bot/outgoing/medal-card-photos.js";
import { type Database, openDatabase } from "../db/client.js";
import type { QueryObserver } from "../db/query-observer.js";
import { ChatDirectory } from "../domain/chat-directory.js";
import { ReadModel } from "../domain/read-model.js";
import { ensureOwners } from "../domain/staff.js";
import type { AppBase } from "./base.js";

export interface StoresOptions extends Pick<AppBase, "config" | "logger" | "clock"> {
  /** An open database to use instead of opening one from the config; the caller closes it. */
  database?: Database;
  /** Count the statements of a database opened here (AppDeps.countQueries). */
  countQueries?: boolean;
  /** Told of every statement (metrics). */
  onQuery?: QueryObserver;
  /** Ends a wait for a PostgreSQL server not reachable yet (AppDeps.signal). */
  signal?: AbortSignal;
}

/** Where the bot's data lives: the database, what fans read (in memory), and the chats seen. */
export interface Stores {
  database: Database;
  /** What fans read, in memory; also the FanStore for writes that fans must see at once. */
  readModel: ReadModel;
  /** The chats this process has seen, their last-seen times written behind. */
  chats: ChatDirectory;
  /** The medal cards uploaded to Telegram (their file_ids), for the sender's alerts and the fans' Card buttons. */
  medalCards: MedalCardPhotos;
  /** Writes the chats' last-seen times, stops following changes, closes the database if opened here. */
  stop(): Promise<void>;
}

/** Opens the stores (the owners from the config made staff), ready before the first update. */
export async function openStores(opts: StoresOptions): Promise<Stores> {
  const { config, logger, clock } = opts;
  const database =
    opts.database ??
    (await openDatabase({
      url: config.databaseUrl,
      dataDir: config.dataDir,
      logger,
      countQueries: opts.countQueries,
      clock,
      signal: opts.signal,
    }));
  const unobserveQueries = opts.onQuery ? database.observeQueries(opts.onQuery) : () => {};
  const listen: Database["listen"] = (channel, onNotify, onListen) => database.listen(channel, onNotify, onListen);
  const onError = (err: unknown, what: string) => logger.warn({ err }, what);
  const readModel = new ReadModel({ db: database.db, listen, onError });
  const chats = new ChatDirectory({ db: database.db, listen, flushEveryMs: config.chatWriteBehindMs, onError });
  const stop = async () => {
    // Every update has been handled (or handed over): what they saw of their chats is written.
    await chats.stop().catch((err: unknown) => logger.error({ err, chats: chats.waiting }, "could not write the chats' last-seen times"));
    await readModel.stop();
    unobserveQueries();
    if (opts.database === undefined) await database.close();
  };
  try {
    await ensureOwners(database.db, config.ownerIds, clock());
    await readModel.start();
    // Read before the first update, so no fan waits for it.
    await readModel.current();
    await chats.start();
  } catch (err) {
    await stop().catch(() => {});
    throw err;
  }
  const medalCards = new MedalCardPhotos({ store: readModel, clock, logger });
  return { database, readModel, chats, medalCards, stop };
}
