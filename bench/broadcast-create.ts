/**
 * Creating a broadcast for SUBSCRIBERS (1,000,000) subscribed chats on PostgreSQL: one
 * INSERT … SELECT makes every delivery. Needs BENCH_DATABASE_URL (a server it may create a
 * database on); the database is dropped afterwards.
 */
import { sql } from "drizzle-orm";
import { openDatabase } from "../src/db/client.js";
import { createBroadcast } from "../src/domain/broadcasts.js";
import { scratchDatabase } from "./lib.js";

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 1_000_000);

export async function broadcastCreate(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) {
    console.log("broadcast creation: set BENCH_DATABASE_URL (PostgreSQL) to run it");
    return;
  }
  const scratch = await scratchDatabase(adminUrl);
  const database = await openDatabase({ url: scratch.url, seed: false });
  try {
    await database.db.execute(
      sql`insert into chats (id, type, status, created_at, last_seen_at) select g, 'private', 'active', now(), now() from generate_series(1, ${SUBSCRIBERS}) g`,
    );
    await database.db.execute(
      sql`insert into subscriptions (chat_id, countdown, updated_at) select g, 'daily', now() from generate_series(1, ${SUBSCRIBERS}) g`,
    );
    await database.db.execute(sql`analyze`);
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const b = await createBroadcast(
      database.db,
      {
        dedupeKey: "countdown:bench:daily",
        kind: "countdown",
        payload: { gamesIds: [] },
        audience: { type: "countdown", cadence: "daily" },
      },
      new Date(),
    );
    const ms = performance.now() - started;
    console.log(
      `broadcast creation on PostgreSQL: ${b.audienceSize.toLocaleString("en")} deliveries in ${(ms / 1000).toFixed(2)} s ` +
        `(goal ≤ 10 s); this process's memory grew by ${((process.memoryUsage().rss - rss) / 1e6).toFixed(0)} MB`,
    );
  } finally {
    await database.close();
    await scratch.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await broadcastCreate();
