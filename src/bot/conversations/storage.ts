import type { ConversationData, VersionedStateStorage } from "@grammyjs/conversations";
import type { Db } from "../../db/handle.js";
import { deleteConversationState, readConversationState, writeConversationState } from "../../domain/conversation-state.js";
import type { Clock } from "../../lib/clock.js";

/**
 * Bump when a flow changes shape: the plugin then drops stored state of the old version and the
 * staff member starts over, instead of replaying old answers into new steps.
 */
export const CONVERSATIONS_VERSION = 1;

type Stored = Parameters<VersionedStateStorage<string, ConversationData>["write"]>[1];

/**
 * The conversations plugin's storage on the project's own table (conversation_state), so a
 * conversation continues on any instance and after a restart. No ready Drizzle adapter exists
 * (@grammyjs/storage-psql needs `pg` and a table of its own).
 */
export function conversationStorage(db: Db, clock: Clock): VersionedStateStorage<string, ConversationData> {
  return {
    read: async (key) => (await readConversationState(db, key)) as Stored | undefined,
    write: (key, state) => writeConversationState(db, key, state, clock()),
    delete: (key) => deleteConversationState(db, key),
  };
}
