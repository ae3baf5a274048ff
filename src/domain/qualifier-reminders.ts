import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { games as gamesTable, qualificationEvents, sports as sportsTable } from "../db/schema.js";
import { addDays, hostDate } from "../lib/zoned-time.js";
import { createBroadcast } from "./broadcasts.js";
import { qualifierShown } from "./qualifiers.js";

/**
 * The reminders of the qualification events that start tomorrow (their first day, a host date, is
 * the day after today in `displayTz`): one broadcast per event to the chats that want its sport's
 * license alerts, made at the countdown's hour. The key names the event and its first day, so
 * another instance, a second fire or the start-up catch-up changes nothing, while an event moved
 * to other days is reminded of again the day before its new start. Closed events are not.
 */
export async function makeQualifierReminders(
  db: Db,
  now: Date,
  displayTz: string,
): Promise<{ qualifierId: number; id: number; created: boolean; audienceSize: number }[]> {
  const tomorrow = addDays(hostDate(now, displayTz), 1);
  const due = await db
    .select({ id: qualificationEvents.id, sportId: sportsTable.id, parentId: sportsTable.parentId, kind: gamesTable.kind })
    .from(qualificationEvents)
    .innerJoin(sportsTable, eq(sportsTable.id, qualificationEvents.sportId))
    .innerJoin(gamesTable, eq(gamesTable.id, qualificationEvents.gamesId))
    .where(and(eq(qualificationEvents.firstDay, tomorrow), qualifierShown, isNull(qualificationEvents.closedAt)))
    .orderBy(qualificationEvents.id);
  const made = [];
  for (const q of due) {
    const result = await createBroadcast(
      db,
      {
        dedupeKey: `qualifier:${q.id}:reminder:${tomorrow}`,
        kind: "qualifier",
        payload: { qualifierId: q.id, stage: "reminder" },
        audience: { type: "license", sport: { id: q.sportId, parentId: q.parentId }, kind: q.kind },
      },
      now,
    );
    made.push({ qualifierId: q.id, ...result });
  }
  return made;
}
