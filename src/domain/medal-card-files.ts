// Writes of the Telegram file_ids of the medal cards the bot uploaded (medal_card_files). They are
// read with the fan data (fan-data.ts: cardFileId), so inline mode offers a card from memory while
// a fan types; a write goes through the FanStore, and reaches other instances as a fan data change
// (migration 0012).
import { and, eq } from "drizzle-orm";
import { medalCardFiles } from "../db/schema.js";
import { announced, type FanStore } from "./read-model.js";
import type { CardFileKey } from "./types.js";

/** Keeps an uploaded card's file_id; it replaces the one of the result's older card in that language. */
export async function saveCardFile(store: FanStore, key: CardFileKey, fileId: string, now: Date): Promise<void> {
  await announced(store, (tx) =>
    tx
      .insert(medalCardFiles)
      .values({ ...key, fileId, uploadedAt: now })
      .onConflictDoUpdate({
        target: [medalCardFiles.botId, medalCardFiles.resultId, medalCardFiles.lang],
        set: { cardKey: key.cardKey, fileId, uploadedAt: now },
      }),
  );
}

/** Forgets a file_id Telegram no longer accepts (unless another upload has replaced it meanwhile). */
export async function forgetCardFile(store: FanStore, key: CardFileKey, fileId: string): Promise<void> {
  await announced(store, (tx) =>
    tx
      .delete(medalCardFiles)
      .where(
        and(
          eq(medalCardFiles.botId, key.botId),
          eq(medalCardFiles.resultId, key.resultId),
          eq(medalCardFiles.lang, key.lang),
          eq(medalCardFiles.fileId, fileId),
        ),
      ),
  );
}
