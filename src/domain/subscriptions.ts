import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { type alertScope, countdownCadence, type resultAlerts, subscriptionSports, subscriptions } from "../db/schema.js";
import type { GamesKind } from "./types.js";

export type AlertScope = (typeof alertScope.enumValues)[number];
export type CountdownCadence = (typeof countdownCadence.enumValues)[number];
export const COUNTDOWN_CADENCES = countdownCadence.enumValues;
export type ResultAlerts = (typeof resultAlerts.enumValues)[number];

/** What a chat wants pushed; a chat that never subscribed wants nothing. */
export interface Subscription {
  chatId: number;
  /**
   * New-license alerts: none, every sport, or `sportIds` (a sport covers its disciplines; 'chosen'
   * with none chosen: no sport's alerts, results included).
   */
  alerts: AlertScope;
  sportIds: number[];
  olympic: boolean;
  paralympic: boolean;
  countdown: CountdownCadence;
  /**
   * Result alerts: none, medals only, or every result. The sports are the license alerts' choice
   * (`alerts` 'chosen': `sportIds`; otherwise every sport) and so are the kinds of Games.
   */
  results: ResultAlerts;
}

/** Which sports a chat's alerts cover and which results it wants: what an alert's stop button depends on. */
export type AlertFollowing = Pick<Subscription, "alerts" | "results">;

export type SubscriptionChange = Partial<Pick<Subscription, "alerts" | "olympic" | "paralympic" | "countdown" | "results">>;

const NOTHING = { alerts: "off", olympic: true, paralympic: true, countdown: "off", results: "off" } as const;

export async function getSubscription(db: Db, chatId: number): Promise<Subscription> {
  const rows = await db
    .select({ sub: subscriptions, sportId: subscriptionSports.sportId })
    .from(subscriptions)
    .leftJoin(subscriptionSports, eq(subscriptionSports.chatId, subscriptions.chatId))
    .where(eq(subscriptions.chatId, chatId));
  const first = rows[0]?.sub;
  if (!first) return { chatId, ...NOTHING, sportIds: [] };
  return {
    chatId,
    alerts: first.alerts,
    olympic: first.olympic,
    paralympic: first.paralympic,
    countdown: first.countdown,
    results: first.results,
    sportIds: rows.flatMap((r) => (r.sportId === null ? [] : [r.sportId])).sort((a, b) => a - b),
  };
}

/** Changes some settings of a chat (creating its row), and returns all of them. */
export async function updateSubscription(db: Db, chatId: number, change: SubscriptionChange, now: Date): Promise<Subscription> {
  await db
    .insert(subscriptions)
    .values({ chatId, ...NOTHING, ...change, updatedAt: now })
    .onConflictDoUpdate({ target: subscriptions.chatId, set: { ...change, updatedAt: now } });
  return getSubscription(db, chatId);
}

/**
 * Alerts for one more sport. A chat that had none now gets this sport's; one that gets every
 * sport keeps getting every sport (the sport is remembered should it narrow down later).
 */
export async function subscribeToSport(db: Db, chatId: number, sportId: number, now: Date): Promise<Subscription> {
  await db.transaction(async (tx) => {
    await tx
      .insert(subscriptions)
      .values({ chatId, ...NOTHING, alerts: "chosen", updatedAt: now })
      .onConflictDoUpdate({
        target: subscriptions.chatId,
        set: {
          alerts: sql`case when ${subscriptions.alerts} = 'all' then 'all'::alert_scope else 'chosen'::alert_scope end`,
          updatedAt: now,
        },
      });
    await tx.insert(subscriptionSports).values({ chatId, sportId }).onConflictDoNothing();
  });
  return getSubscription(db, chatId);
}

/**
 * No more alerts for this sport. A chat left with no chosen sport keeps "chosen sports", none of
 * them: it gets no license or result alerts (turning the scope 'off' would widen its result alerts
 * to every sport), and the next sport it chooses brings them back as they were set.
 */
export async function unsubscribeFromSport(db: Db, chatId: number, sportId: number, now: Date): Promise<Subscription> {
  await db.transaction(async (tx) => {
    await tx.delete(subscriptionSports).where(and(eq(subscriptionSports.chatId, chatId), eq(subscriptionSports.sportId, sportId)));
    await tx.update(subscriptions).set({ updatedAt: now }).where(eq(subscriptions.chatId, chatId));
  });
  return getSubscription(db, chatId);
}

/**
 * A sport ticked (or unticked) in the settings' list of sports: the chat's alerts become those of
 * its chosen sports, whatever they covered before (choosing sports is narrowing them). A sport of a
 * kind of Games the chat turned off turns that kind back on, as /subscribe does.
 */
export async function chooseSport(
  db: Db,
  chatId: number,
  sport: { id: number; kind: GamesKind },
  chosen: boolean,
  now: Date,
): Promise<Subscription> {
  await db.transaction(async (tx) => {
    const kindOn = chosen ? (sport.kind === "olympic" ? { olympic: true } : { paralympic: true }) : {};
    await tx
      .insert(subscriptions)
      .values({ chatId, ...NOTHING, alerts: "chosen", ...kindOn, updatedAt: now })
      .onConflictDoUpdate({ target: subscriptions.chatId, set: { alerts: "chosen", ...kindOn, updatedAt: now } });
    if (chosen) await tx.insert(subscriptionSports).values({ chatId, sportId: sport.id }).onConflictDoNothing();
    else await tx.delete(subscriptionSports).where(and(eq(subscriptionSports.chatId, chatId), eq(subscriptionSports.sportId, sport.id)));
  });
  return getSubscription(db, chatId);
}

/**
 * How a chat following chosen sports follows a sport (or discipline): itself, through the sport
 * it belongs to (cycling for track cycling), or not at all.
 */
export function followsSport(sub: Subscription, sport: { id: number; parentId: number | null }): "sport" | "parent" | "none" {
  if (sub.sportIds.includes(sport.id)) return "sport";
  return sport.parentId !== null && sub.sportIds.includes(sport.parentId) ? "parent" : "none";
}

/** Whether a subscription wants alerts about a license in this sport (or discipline) at this kind of Games. */
export function wantsLicenseAlert(sub: Subscription, sport: { id: number; parentId: number | null }, kind: GamesKind): boolean {
  if (!(kind === "olympic" ? sub.olympic : sub.paralympic)) return false;
  if (sub.alerts === "all") return true;
  return sub.alerts === "chosen" && followsSport(sub, sport) !== "none";
}

/**
 * Whether a subscription wants the alert of a result (isMedal: a medal, not a placing) in this sport
 * (or discipline) at this kind of Games. Sports: those chosen when the license alerts are narrowed
 * to chosen sports ('chosen'), every sport otherwise: a fan who asked for medals but no license
 * alerts wants every medal.
 */
export function wantsResultAlert(
  sub: Subscription,
  sport: { id: number; parentId: number | null },
  kind: GamesKind,
  isMedal: boolean,
): boolean {
  if (sub.results === "off" || (sub.results === "medals" && !isMedal)) return false;
  if (!(kind === "olympic" ? sub.olympic : sub.paralympic)) return false;
  if (sub.alerts !== "chosen") return true;
  return followsSport(sub, sport) !== "none";
}
