import { callbackData, id } from "./codec.js";

/** bcx:<broadcastId>: cancel a broadcast that is still sending (staff only). */
export const cancelBroadcastButton = callbackData("bcx", { broadcastId: id });

/** bcl: the broadcast list again, refreshed. */
export const broadcastListButton = callbackData("bcl", {});
