import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { LANGS, type LangKey, langKey } from "../lib/languages.js";
import type { BroadcastPayload } from "./broadcast-payload.js";

// Telegram ids exceed 2^31 but stay below 2^53, so bigint in "number" mode is exact.
const telegramId = (name: string) => bigint(name, { mode: "number" });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
// Calendar dates (host-local) are kept as "YYYY-MM-DD" strings: no time zone can shift them.
const calendarDate = (name: string) => date(name, { mode: "string" });
const requiredText = (name: string) => text(name).notNull();
/**
 * One optional text column per language for a text fans read: English is the source, Russian and
 * Kazakh its translations, each null where none exists (the reader then sees the English).
 */
function translatedText<P extends string>(key: P, column: string) {
  return Object.fromEntries(LANGS.map((lang) => [langKey(key, lang), text(`${column}_${lang}`)])) as {
    [K in LangKey<P>]: ReturnType<typeof text>;
  };
}
/** A translation needs the English it translates. */
function translationsNeedEnglish(table: string, key: string, cols: Record<string, AnyPgColumn>) {
  const [en, ...others] = LANGS.map((lang) => cols[langKey(key, lang)]!);
  return check(
    `${table}_${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}_has_english`,
    sql`${en} is not null or (${sql.join(
      others.map((c) => sql`${c} is null`),
      sql` and `,
    )})`,
  );
}
/** One required text column per language: localizedText("hostCity", "host_city") -> hostCityEn (host_city_en), ... */
function localizedText<P extends string>(key: P, column: string) {
  return Object.fromEntries(LANGS.map((lang) => [langKey(key, lang), requiredText(`${column}_${lang}`)])) as {
    [K in LangKey<P>]: ReturnType<typeof requiredText>;
  };
}

export const gamesKind = pgEnum("games_kind", ["olympic", "paralympic"]);
export const season = pgEnum("season", ["summer", "winter"]);
export const chatType = pgEnum("chat_type", ["private", "group", "supergroup", "channel"]);
export const chatStatus = pgEnum("chat_status", ["active", "blocked", "left", "kicked"]);
export const language = pgEnum("language", LANGS);
export const staffRole = pgEnum("staff_role", ["owner", "editor"]);

/** One edition of the Olympic or Paralympic Games. */
export const games = pgTable(
  "games",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(), // "paris-2024-olympic"
    kind: gamesKind("kind").notNull(),
    season: season("season").notNull(),
    year: integer("year").notNull(),
    ...localizedText("hostCity", "host_city"),
    hostTz: text("host_tz").notNull(), // IANA zone, e.g. "Europe/Paris"
    opensOn: calendarDate("opens_on").notNull(),
    closesOn: calendarDate("closes_on").notNull(),
    // Exact ceremony instants, only once the clock time is confirmed.
    opensAt: instant("opens_at"),
    closesAt: instant("closes_at"),
    competitionStartsOn: calendarDate("competition_starts_on"),
    licenseTarget: integer("license_target"),
    /** The target was stated as "more than" licenseTarget. */
    licenseTargetAbove: boolean("license_target_above").notNull().default(false),
    /** The team's place in the medal table, set by staff (/games): the current one during the Games, the final one after. */
    medalRank: integer("medal_rank"),
    ...translatedText("note", "note"),
  },
  (t) => [
    index("games_opens_on_idx").on(t.opensOn),
    check("games_dates_ordered", sql`${t.closesOn} >= ${t.opensOn}`),
    check("games_license_target_positive", sql`${t.licenseTarget} > 0`),
    check("games_medal_rank_positive", sql`${t.medalRank} > 0`),
    translationsNeedEnglish("games", "note", t),
  ],
);

/** A sport or, with parentId, a discipline of one (cycling-track -> cycling). */
export const sports = pgTable(
  "sports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    kind: gamesKind("kind").notNull(),
    // Every sport before winter sports came was a summer one: the default fills those rows.
    season: season("season").notNull().default("summer"),
    parentId: integer("parent_id").references((): AnyPgColumn => sports.id, { onDelete: "restrict" }),
    ...localizedText("name", "name"),
  },
  (t) => [index("sports_parent_idx").on(t.parentId), index("sports_kind_idx").on(t.kind)],
);

/**
 * A Games' programme: the sports and disciplines contested there, each listed (a discipline is not
 * implied by its parent). A Games with no rows has no confirmed programme yet; readers then take
 * every sport of its kind and season (domain/programme.ts).
 */
export const gamesSports = pgTable(
  "games_sports",
  {
    gamesId: integer("games_id")
      .notNull()
      .references(() => games.id, { onDelete: "cascade" }),
    sportId: integer("sport_id")
      .notNull()
      .references(() => sports.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.gamesId, t.sportId] }), index("games_sports_sport_idx").on(t.sportId)],
);

/**
 * Extra names a sport is found by, stored normalised (see lib/normalise-text.ts).
 * Unique per sport, not globally: "гребля" may name both rowing and para rowing; the matcher
 * then reports them as ambiguous unless the Games kind narrows it.
 */
export const sportAliases = pgTable(
  "sport_aliases",
  {
    sportId: integer("sport_id")
      .notNull()
      .references(() => sports.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
  },
  (t) => [primaryKey({ columns: [t.sportId, t.alias] }), index("sport_aliases_alias_idx").on(t.alias)],
);

/** First and last competition day of a sport at a Games (host-local dates). */
export const competitionWindows = pgTable(
  "competition_windows",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    gamesId: integer("games_id")
      .notNull()
      .references(() => games.id, { onDelete: "cascade" }),
    sportId: integer("sport_id")
      .notNull()
      .references(() => sports.id, { onDelete: "cascade" }),
    firstDay: calendarDate("first_day").notNull(),
    lastDay: calendarDate("last_day").notNull(),
    startsAt: instant("starts_at"), // when a clock time for the first session is known
    ...translatedText("note", "note"),
  },
  (t) => [
    unique("competition_windows_games_sport_key").on(t.gamesId, t.sportId),
    index("competition_windows_sport_idx").on(t.sportId),
    check("competition_windows_days_ordered", sql`${t.lastDay} >= ${t.firstDay}`),
    translationsNeedEnglish("competition_windows", "note", t),
  ],
);

/** A license (quota place or places) the team has won for a Games. */
export const licenses = pgTable(
  "licenses",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    gamesId: integer("games_id")
      .notNull()
      .references(() => games.id, { onDelete: "restrict" }),
    sportId: integer("sport_id")
      .notNull()
      .references(() => sports.id, { onDelete: "restrict" }),
    ...translatedText("event", "event"),
    // The athletes are in license_athletes; a team license names its team here.
    ...translatedText("team", "team"),
    quotaPlaces: integer("quota_places").notNull().default(1),
    wonOn: calendarDate("won_on"),
    ...translatedText("howWon", "how_won"),
    // The city as printed, per language, and the country as an ISO 3166 code (named by Intl.DisplayNames).
    ...translatedText("whereWon", "where_won"),
    whereWonCountry: text("where_won_country"),
    source: text("source"),
    ...translatedText("note", "note"),
    // The qualification event it was won at, when staff recorded it from one.
    qualifierId: integer("qualifier_id").references((): AnyPgColumn => qualificationEvents.id, { onDelete: "restrict" }),
    // Set only for rows that came from the reference data; lets the loader stay idempotent.
    seedKey: text("seed_key").unique(),
    // The staff draft it was saved from: a replayed or repeated Save finds it instead of a second license.
    draftKey: text("draft_key").unique(),
    createdBy: telegramId("created_by"), // staff user id; null for reference data
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
    // Removed by staff (or undone): kept for the audit trail and the alert it may have started, never shown.
    deletedAt: instant("deleted_at"),
    deletedBy: telegramId("deleted_by"),
  },
  (t) => [
    index("licenses_games_sport_idx").on(t.gamesId, t.sportId),
    index("licenses_sport_idx").on(t.sportId),
    index("licenses_qualifier_idx").on(t.qualifierId),
    check("licenses_quota_places_positive", sql`${t.quotaPlaces} > 0`),
    check("licenses_where_won_country_code", sql`${t.whereWonCountry} ~ '^[A-Z]{2}$'`),
    ...(["event", "team", "howWon", "whereWon", "note"] as const).map((key) => translationsNeedEnglish("licenses", key, t)),
  ],
);

/**
 * A qualification event: a competition where quota places for a Games are won in a sport (the ISSF
 * World Championships in Doha, November 2026, awarded the first LA 2028 shooting places). Its days
 * are the host's calendar dates; host_tz turns them into instants (when it starts, when it is over)
 * and is never shown to fans. Closed by staff once its outcome is known: the licenses won there
 * name it (licenses.qualifier_id).
 */
export const qualificationEvents = pgTable(
  "qualification_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    gamesId: integer("games_id")
      .notNull()
      .references(() => games.id, { onDelete: "restrict" }),
    sportId: integer("sport_id")
      .notNull()
      .references(() => sports.id, { onDelete: "restrict" }),
    // English required: the name every language falls back to.
    ...translatedText("name", "name"),
    nameEn: text("name_en").notNull(),
    // The events contested there for these Games, when not all of the sport's ("men's 51 kg, 57 kg").
    ...translatedText("event", "event"),
    // The city as printed, per language, and the country as an ISO 3166 code, as for licenses.
    ...translatedText("place", "place"),
    placeCountry: text("place_country"),
    hostTz: text("host_tz").notNull(),
    firstDay: calendarDate("first_day").notNull(),
    lastDay: calendarDate("last_day").notNull(),
    /** Quota places it awards in all (to every country), when the qualification system says. */
    quotaPlaces: integer("quota_places"),
    source: text("source"),
    // The staff draft it was saved from: a replayed or repeated Save finds it instead of a second event.
    draftKey: text("draft_key").unique(),
    createdBy: telegramId("created_by"),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
    // Its outcome is in: the licenses won there are recorded, the summary announced.
    closedAt: instant("closed_at"),
    closedBy: telegramId("closed_by"),
    // Removed by staff (or undone): kept for the audit trail, never shown.
    removedAt: instant("removed_at"),
    removedBy: telegramId("removed_by"),
  },
  (t) => [
    index("qualification_events_games_sport_idx").on(t.gamesId, t.sportId),
    index("qualification_events_sport_idx").on(t.sportId),
    index("qualification_events_first_day_idx").on(t.firstDay),
    check("qualification_events_days_ordered", sql`${t.lastDay} >= ${t.firstDay}`),
    check("qualification_events_quota_places_positive", sql`${t.quotaPlaces} > 0`),
    check("qualification_events_place_country_code", sql`${t.placeCountry} ~ '^[A-Z]{2}$'`),
    ...(["event", "place"] as const).map((key) => translationsNeedEnglish("qualification_events", key, t)),
  ],
);

/** The team's entries at a qualification event, in the order they are listed. */
export const qualificationEventAthletes = pgTable(
  "qualification_event_athletes",
  {
    qualifierId: integer("qualifier_id")
      .notNull()
      .references(() => qualificationEvents.id, { onDelete: "cascade" }),
    athleteId: integer("athlete_id")
      .notNull()
      .references(() => athletes.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.qualifierId, t.athleteId] }), index("qualification_event_athletes_athlete_idx").on(t.athleteId)],
);

/**
 * A person on the team. `name_en` is the Latin form as in international results; `name_ru` and
 * `name_kk` the Cyrillic forms, which can differ (Нурбек / Нұрбек). A form no source shows stays
 * null rather than being transliterated, so any one of them may be missing, but not all three.
 */
export const athletes = pgTable(
  "athletes",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    ...translatedText("name", "name"),
    seedKey: text("seed_key").unique(),
    createdBy: telegramId("created_by"),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [
    check("athletes_named", sql`coalesce(${t.nameEn}, ${t.nameRu}, ${t.nameKk}) is not null`),
    index("athletes_name_en_idx").on(t.nameEn),
  ],
);

/** The athletes a license names, in the order they are listed. */
export const licenseAthletes = pgTable(
  "license_athletes",
  {
    licenseId: integer("license_id")
      .notNull()
      .references(() => licenses.id, { onDelete: "cascade" }),
    athleteId: integer("athlete_id")
      .notNull()
      .references(() => athletes.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.licenseId, t.athleteId] }), index("license_athletes_athlete_idx").on(t.athleteId)],
);

export const medal = pgEnum("medal", ["gold", "silver", "bronze"]);

/**
 * A result the team got at a Games: a medal, or a placing without one ("4th", "quarter-final"),
 * which staff record for alerts; medal counts and medal screens count only the rows with a medal.
 */
export const results = pgTable(
  "results",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    gamesId: integer("games_id")
      .notNull()
      .references(() => games.id, { onDelete: "restrict" }),
    sportId: integer("sport_id")
      .notNull()
      .references(() => sports.id, { onDelete: "restrict" }),
    // Null for a result without a medal, which then has its placing.
    medal: medal("medal"),
    ...translatedText("placing", "placing"),
    ...translatedText("event", "event"),
    ...translatedText("team", "team"),
    wonOn: calendarDate("won_on"),
    source: text("source"),
    ...translatedText("note", "note"),
    seedKey: text("seed_key").unique(),
    // The staff draft it was saved from: a replayed or repeated Save finds it instead of a second result.
    draftKey: text("draft_key").unique(),
    createdBy: telegramId("created_by"),
    createdAt: instant("created_at").notNull(),
    // Removed by staff (or undone): kept for the audit trail and the alert it may have started, never shown.
    removedAt: instant("removed_at"),
    removedBy: telegramId("removed_by"),
  },
  (t) => [
    index("results_games_idx").on(t.gamesId),
    index("results_sport_idx").on(t.sportId),
    check("results_event_required", sql`${t.eventEn} is not null`),
    check("results_medal_or_placing", sql`${t.medal} is not null or ${t.placingEn} is not null`),
    ...(["placing", "event", "team", "note"] as const).map((key) => translationsNeedEnglish("results", key, t)),
  ],
);

/** The athletes who won a result (two for a mixed pair), in order. */
export const resultAthletes = pgTable(
  "result_athletes",
  {
    resultId: integer("result_id")
      .notNull()
      .references(() => results.id, { onDelete: "cascade" }),
    athleteId: integer("athlete_id")
      .notNull()
      .references(() => athletes.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.resultId, t.athleteId] }), index("result_athletes_athlete_idx").on(t.athleteId)],
);

/**
 * The medal cards uploaded to Telegram, by the file_id it gave back: a card is uploaded once per
 * result and language, then sent and offered inline by that file_id, across restarts and
 * instances. `card_key` is a hash of everything the card says, so a corrected result or a renamed
 * athlete is a new card (uploaded again, replacing the row) and the old picture is never reused.
 * A file_id belongs to the bot that uploaded it, hence the bot's id in the key.
 */
export const medalCardFiles = pgTable(
  "medal_card_files",
  {
    botId: telegramId("bot_id").notNull(),
    resultId: integer("result_id")
      .notNull()
      .references(() => results.id, { onDelete: "cascade" }),
    lang: language("lang").notNull(),
    cardKey: text("card_key").notNull(),
    fileId: text("file_id").notNull(),
    uploadedAt: instant("uploaded_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.botId, t.resultId, t.lang] })],
);
/** An official total "as of" a date, for when the listed licenses are incomplete. */
export const reportedTotals = pgTable(
  "reported_totals",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    gamesId: integer("games_id")
      .notNull()
      .references(() => games.id, { onDelete: "cascade" }),
    asOf: calendarDate("as_of").notNull(),
    licenses: integer("licenses").notNull(),
    sports: integer("sports"),
    target: integer("target"),
    source: text("source").notNull(),
    ...translatedText("note", "note"),
  },
  (t) => [
    unique("reported_totals_games_as_of_key").on(t.gamesId, t.asOf),
    check("reported_totals_licenses_nonnegative", sql`${t.licenses} >= 0`),
    translationsNeedEnglish("reported_totals", "note", t),
  ],
);

/**
 * Every chat that talked to the bot. The primary key is Telegram's chat id so later tables
 * (subscriptions, broadcast deliveries, conversation state) reference it directly.
 */
export const chats = pgTable(
  "chats",
  {
    id: telegramId("id").primaryKey(),
    type: chatType("type").notNull(),
    title: text("title"),
    username: text("username"),
    language: language("language"), // null = follow the user's Telegram language
    // That Telegram language (of whoever talked here last), kept for messages sent outside a
    // reply, such as broadcasts, where no update carries it.
    telegramLanguage: language("telegram_language"),
    status: chatStatus("status").notNull().default("active"),
    createdAt: instant("created_at").notNull(),
    lastSeenAt: instant("last_seen_at").notNull(),
  },
  (t) => [index("chats_status_idx").on(t.status)],
);

/** People allowed to edit data; owners come from BOT_OWNER_IDS. */
export const staff = pgTable("staff", {
  userId: telegramId("user_id").primaryKey(),
  role: staffRole("role").notNull(),
  addedBy: telegramId("added_by"),
  addedAt: instant("added_at").notNull(),
});

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: telegramId("actor_id"), // null = the system (seed, start-up)
    action: text("action").notNull(), // "license.create", "staff.add", ...
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    payload: jsonb("payload"),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId), index("audit_log_created_at_idx").on(t.createdAt)],
);

/**
 * Reference-data items already applied, by natural key ("license:<seed key>", "games:<slug>", ...).
 * The loader skips any key recorded here, so a seeded row that staff edited or deleted is never
 * touched again.
 */
export const seedApplied = pgTable("seed_applied", {
  key: text("key").primaryKey(),
  appliedAt: instant("applied_at").notNull(),
});

/**
 * Updates that came by webhook, kept until answered (domain/update-inbox.ts): an instance claims
 * one with a lease before handling it, so a redelivered update is not answered twice and one
 * whose instance died is handled again once its lease runs out.
 */
export const inboundUpdates = pgTable(
  "inbound_updates",
  {
    updateId: bigint("update_id", { mode: "number" }).primaryKey(),
    payload: jsonb("payload").notNull(),
    receivedAt: instant("received_at").notNull().defaultNow(),
    leaseUntil: instant("lease_until").notNull(),
    doneAt: instant("done_at"),
  },
  (t) => [index("inbound_updates_pending_idx").on(t.leaseUntil).where(sql`${t.doneAt} is null`)],
);

export const alertScope = pgEnum("alert_scope", ["off", "all", "chosen"]);
export const countdownCadence = pgEnum("countdown_cadence", ["off", "milestones", "weekly", "daily"]);
export const resultAlerts = pgEnum("result_alerts", ["off", "medals", "all"]);

/** What a chat wants pushed to it. A chat without a row wants nothing. */
export const subscriptions = pgTable(
  "subscriptions",
  {
    chatId: telegramId("chat_id")
      .primaryKey()
      .references(() => chats.id, { onDelete: "cascade" }),
    /** New-license alerts: none, every sport, or the sports in subscription_sports. */
    alerts: alertScope("alerts").notNull().default("off"),
    olympic: boolean("olympic").notNull().default(true),
    paralympic: boolean("paralympic").notNull().default(true),
    countdown: countdownCadence("countdown").notNull().default("off"),
    /**
     * Result alerts: none, medals only, or every result (placings too). Which sports and which
     * Games are the license alerts' choices, shared: `alerts` = 'chosen' narrows them to the sports
     * in subscription_sports ('all' and 'off' mean every sport), and `olympic`/`paralympic` to those
     * kinds of Games (domain/subscriptions.ts wantsResultAlert).
     */
    results: resultAlerts("results").notNull().default("off"),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [index("subscriptions_countdown_idx").on(t.countdown), index("subscriptions_alerts_idx").on(t.alerts)],
);

/** The sports a chat chose for alerts (alerts = 'chosen'); a sport covers its disciplines. */
export const subscriptionSports = pgTable(
  "subscription_sports",
  {
    chatId: telegramId("chat_id")
      .notNull()
      .references(() => subscriptions.chatId, { onDelete: "cascade" }),
    sportId: integer("sport_id")
      .notNull()
      .references(() => sports.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.chatId, t.sportId] }), index("subscription_sports_sport_idx").on(t.sportId)],
);

export const broadcastKind = pgEnum("broadcast_kind", ["countdown", "license", "result", "qualifier"]);
export const broadcastStatus = pgEnum("broadcast_status", ["sending", "done", "cancelled"]);
// "cancelled": its broadcast was cancelled (Undo, /broadcasts) before this one went out; never sent.
export const deliveryStatus = pgEnum("delivery_status", ["pending", "sending", "sent", "blocked", "failed", "cancelled"]);

/**
 * One message for many chats. The dedupe key ("countdown:la-2028-olympic:2026-11-25:daily",
 * "license:42") makes creating it twice harmless; its deliveries are made in the same transaction.
 */
export const broadcasts = pgTable("broadcasts", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  dedupeKey: text("dedupe_key").notNull().unique(),
  kind: broadcastKind("kind").notNull(),
  /** What the message is about (ids), rendered per chat in its language when sent. */
  payload: jsonb("payload").$type<BroadcastPayload>().notNull(),
  status: broadcastStatus("status").notNull().default("sending"),
  /** Nothing is sent before this (the staff flow's undo window). */
  notBefore: instant("not_before").notNull(),
  audienceSize: integer("audience_size").notNull().default(0),
  createdBy: telegramId("created_by"),
  createdAt: instant("created_at").notNull(),
});

/**
 * One broadcast to one chat, and what became of it. No foreign keys: deliveries are only ever made
 * by createBroadcast from existing broadcasts and chats, neither of which is deleted, and checking
 * a million of them row by row took most of a broadcast's creation (8 of 13 s for 1,000,000).
 */
export const deliveries = pgTable(
  "deliveries",
  {
    broadcastId: integer("broadcast_id").notNull(),
    chatId: telegramId("chat_id").notNull(),
    status: deliveryStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: instant("next_attempt_at").notNull(),
    /** Telegram's id of the sent message: the proof of delivery. */
    messageId: integer("message_id"),
    error: text("error"),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.broadcastId, t.chatId] }),
    index("deliveries_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index("deliveries_chat_idx").on(t.chatId),
  ],
);

/** Scheduled job runs already claimed ("countdown:2026-11-25T04:00:00.000Z"): one instance runs each slot. */
export const jobRuns = pgTable("job_runs", {
  key: text("key").primaryKey(),
  claimedAt: instant("claimed_at").notNull(),
});

/**
 * Conversation state of @grammyjs/conversations, by its storage key (the chat), so a conversation
 * continues on any instance and after a restart. `version` is the flow's; updated_at lets stale
 * rows be purged.
 */
export const conversationState = pgTable(
  "conversation_state",
  {
    key: text("key").primaryKey(),
    value: jsonb("value").notNull(),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [index("conversation_state_updated_at_idx").on(t.updatedAt)],
);

/**
 * One row: a counter of changes to what fans read (Games, sports, windows, licenses, athletes,
 * results, reported totals, qualification events, medal cards' file_ids). Triggers in migration 0005 (and the tables of
 * 0009, 0011 and 0012) bump it once per committing transaction
 * and NOTIFY "fan_data" with the new value, so each instance's in-process read model knows when
 * to rebuild; instances that missed a notification see the number differ at their next check.
 */
export const fanDataVersion = pgTable(
  "fan_data_version",
  {
    id: smallint("id").primaryKey().default(1),
    version: bigint("version", { mode: "number" }).notNull().default(0),
  },
  (t) => [check("fan_data_version_one_row", sql`${t.id} = 1`)],
);
