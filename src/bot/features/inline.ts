import type { InlineQueryResultArticle, InlineQueryResultCachedPhoto, UserFromGetMe } from "grammy/types";
import { defaultLicenseGames, defaultScheduleGames } from "../../domain/catalog.js";
import {
  athleteLicenses,
  athleteResults,
  type FanData,
  licenseSummary,
  scheduleFor,
  sportLicenses,
  sportMedals,
} from "../../domain/fan-data.js";
import { contesting, latestGamesWithSportLicenses, lookUpRest, namedGamesFor, sportLicenseGames } from "../../domain/fan-games.js";
import { gamesPhase, upcomingGames } from "../../domain/games.js";
import { parseGamesQuery, seasonFilter } from "../../domain/games-query.js";
import { gamesQualifiers } from "../../domain/qualifiers.js";
import { isMedal } from "../../domain/results.js";
import type { Athlete, Games, MedalResult, Result, Sport } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import { snapshotMemo } from "../../lib/snapshot-memo.js";
import {
  athleteLink,
  countdownLink,
  MENU_PAYLOAD,
  qualifiersLink,
  scheduleLink,
  sportLicensesLink,
  summaryLink,
} from "../callback-data/deep-links.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { knownCardFileId } from "../outgoing/medal-card-photos.js";
import { formatDateRange } from "../render/format.js";
import { isBadRequest } from "../telegram-errors.js";
import { athleteView } from "../views/athlete.js";
import { countdownView, latestPastGames } from "../views/countdown.js";
import { gamesShortLabel, sportName } from "../views/games.js";
import { countdownDescription, type InlineCard, inlineArticle, inlineMedalPhoto, nothingFoundCard } from "../views/inline-results.js";
import { licenseSummaryView, sportLicensesView } from "../views/licenses.js";
import { medalCardInput } from "../views/medal-card.js";
import { qualifierDates, qualifiersScreen, sportQualifiersNote } from "../views/qualifiers.js";
import type { RenderContext } from "../views/render-context.js";
import { whoText } from "../views/results.js";
import { scheduleView } from "../views/schedule.js";

/**
 * Inline mode: `@bot boxing` in any chat offers the sport's licenses, its schedule, its
 * qualification events (when any are recorded) and the countdown as cards; `@bot` alone the
 * countdown, the license summary, the schedule and the qualification events. All from
 * the read model: inline queries come in bursts, one per keystroke.
 */
export const inlineFeature = new FeatureComposer<BotContext>();

/**
 * Telegram may serve the same answer again for this long. Personal: the answer is in the
 * sender's language. Five minutes keeps a burst of typists off the bot while a new license still
 * shows within minutes.
 */
export const INLINE_CACHE_SECONDS = 300;
/** Cards for the athletes or candidate sports of one query. */
const MAX_MATCHES = 5;
/** Medal cards (pictures) in one answer, latest Games first. */
const MAX_MEDAL_CARDS = 10;

inlineFeature.on("inline_query", async (ctx) => {
  const data = await ctx.readModel.current();
  const rc = renderContextOf(ctx);
  const { articles, photos } = answerFor(rc, data, ctx.me, ctx.inlineQuery.query);
  const options = {
    cache_time: INLINE_CACHE_SECONDS,
    is_personal: true,
    button: { text: rc.t("inline-open-bot"), start_parameter: MENU_PAYLOAD },
  };
  try {
    // The medals' pictures first: what a fan shares a medal for.
    await ctx.answerInlineQuery([...photos, ...articles], options);
  } catch (err) {
    if (photos.length === 0 || !isBadRequest(err)) throw err;
    // A picture Telegram refused (a file_id it no longer knows): the text alone, as before any was sent.
    ctx.logger.warn({ err: err.description }, "inline answer with medal cards refused; answering with the text");
    await ctx.answerInlineQuery(articles, options);
  }
});

/** One query's answer: the medal pictures and the text cards. */
interface Answer {
  articles: InlineQueryResultArticle[];
  photos: InlineQueryResultCachedPhoto[];
}

/**
 * Answers made already, per fan-data snapshot (a new one whenever the data changes): in a medal
 * moment a crowd types the same few queries, and an answer depends only on the data, the bot, the reader's
 * language, the query and the minute (countdowns count in minutes at most; Telegram itself serves
 * an answer again for five minutes). Bounded, as the queries are the fans' own text.
 */
const answers = snapshotMemo<FanData, Answer>(1_000);

function answerFor(rc: RenderContext, data: FanData, bot: UserFromGetMe, raw: string): Answer {
  const key = `${bot.id} ${rc.lang} ${Math.floor(rc.now.getTime() / 60_000)} ${raw}`;
  return answers.get(data, key, () => {
    const { cards, medals } = cardsFor(rc, data, raw);
    const target = { botUsername: bot.username, query: raw.trim() };
    return { articles: cards.map((card) => inlineArticle(rc, target, card)), photos: medalPhotos(rc, data, bot, medals) };
  });
}

/**
 * The cards of these medals that Telegram already has in the reader's language, as photos: only a
 * picture uploaded before can be offered (a fan's 🖼 Card button or a medal alert uploads it). The
 * file_ids are in the fan data: nothing is drawn or queried while a fan types.
 */
function medalPhotos(rc: RenderContext, data: FanData, bot: UserFromGetMe, medals: readonly Won[]): InlineQueryResultCachedPhoto[] {
  return medals.slice(0, MAX_MEDAL_CARDS).flatMap(({ result, games }) => {
    const fileId = knownCardFileId(data, { botId: bot.id, resultId: result.id, lang: rc.lang }, () => medalCardInput(rc, games, result));
    const photo = fileId === undefined ? null : inlineMedalPhoto(rc, bot.username, { games, result, fileId });
    return photo ? [photo] : [];
  });
}

// Requested (allowed_updates) so a share is counted with the other updates; nothing to answer.
inlineFeature.on("chosen_inline_result", (ctx) => {
  ctx.logger.debug({ resultId: ctx.chosenInlineResult.result_id }, "inline result chosen");
});

/** A medal with its Games. */
type Won = { result: MedalResult; games: Games };

/** What a query finds: its cards, and the medals (an athlete's, a sport's) whose pictures may come with them. */
function cardsFor(rc: RenderContext, data: FanData, raw: string): { cards: InlineCard[]; medals: Won[] } {
  // What a Share button types names its Games ("Бокс Париж 2024", older ones "бокс paris-2024-olympic").
  const q = parseGamesQuery(data.catalog.games, raw, rc.now);
  const named = q.games;
  const cat = data.catalog;
  const kind = q.kind ?? "olympic";
  if (q.rest === "") {
    const games = named ?? defaultLicenseGames(cat, rc.now, kind, seasonFilter(q));
    const scheduled = named ?? defaultScheduleGames(cat, rc.now, kind, seasonFilter(q));
    const summary = summaryCard(rc, data, games);
    const schedule = scheduleCard(rc, data, scheduled, null);
    const qualifiers = qualifiersCard(rc, data, games, null);
    // Asked for one Games (a Share button), its own cards come first.
    const cards = named
      ? [summary, schedule, qualifiers, countdownCard(rc, data)]
      : [countdownCard(rc, data), summary, schedule, qualifiers];
    return { cards: cards.filter((c): c is InlineCard => c !== null), medals: [] };
  }
  const found = lookUpRest(data, q);
  if (found.type === "sport") {
    const games = named && namedGamesFor(data, named, found.sport, q.kind);
    return { cards: sportCards(rc, data, found.sport, games), medals: atGames(sportMedals(data, found.sport.id), named, games) };
  }
  if (found.type === "athletes") {
    const athletes = found.athletes.slice(0, MAX_MATCHES);
    // A pair's medal once, though both athletes match.
    const won = new Map(athletes.flatMap((a) => medalsOf(athleteResults(data, a.id))).map((w) => [w.result.id, w]));
    return { cards: athletes.map((a) => athleteCard(rc, data, a)), medals: atGames([...won.values()], named) };
  }
  const candidates = found.match.type === "ambiguous" ? found.match.candidates : found.match.suggestions;
  const cards = candidates
    .slice(0, MAX_MATCHES)
    .map((sport) => licensesCard(rc, data, sportLicenseGames(data, sport, rc.now), sport))
    .filter((c): c is InlineCard => c !== null);
  return { cards: cards.length > 0 ? cards : [nothingFoundCard(rc, q.rest)], medals: [] };
}

/** The medals among results (placings have no card). */
function medalsOf(results: readonly { result: Result; games: Games }[]): Won[] {
  return results.flatMap(({ result, games }) => (isMedal(result) ? [{ result, games }] : []));
}

/**
 * All the medals when the query names no Games; else those won at `at`, the Games it names (or
 * for a sport, that Games' counterpart of its kind; none when neither contests it).
 */
function atGames(medals: Won[], named: Games | null, at: Games | null = named): Won[] {
  return named ? medals.filter((w) => w.games.id === at?.id) : medals;
}

function sportCards(rc: RenderContext, data: FanData, sport: Sport, named: Games | null): InlineCard[] {
  const licenseGames = named ?? sportLicenseGames(data, sport, rc.now);
  const cards = [
    licensesCard(rc, data, licenseGames, sport),
    scheduleCard(rc, data, named ?? defaultScheduleGames(data.catalog, rc.now, sport.kind, contesting(data, sport)), sport),
    qualifiersCard(rc, data, licenseGames, sport),
    countdownCard(rc, data),
  ];
  return cards.filter((c): c is InlineCard => c !== null);
}

function licensesCard(rc: RenderContext, data: FanData, games: Games | null, sport: Sport): InlineCard | null {
  if (!games) return null;
  const licenses = sportLicenses(data, games.id, sport.id);
  const qualifiers = sportQualifiersNote(rc, data, games, sport);
  const payload = sportLicensesLink.encode({ gamesId: games.id, sportId: sport.id });
  return {
    id: payload,
    title: rc.t("inline-licenses-title", { sport: sportName(rc, sport), games: gamesShortLabel(rc, games) }),
    description: noneListed(rc, games, licenses.length) ?? rc.t("inline-licenses-description", { licenses: licenses.length }),
    view: sportLicensesView(rc, data.catalog, games, sport, licenses, 0, {
      shared: true,
      contests: contesting(data, sport),
      withLicensesAt: licenses.length === 0 ? latestGamesWithSportLicenses(data, sport, games) : null,
      ...(qualifiers ? { qualifiers } : {}),
    }),
    payload,
  };
}

/** A Games' qualification events (a sport's there): offered only when some are recorded; the next one in the list's line. */
function qualifiersCard(rc: RenderContext, data: FanData, games: Games | null, sport: Sport | null): InlineCard | null {
  if (!games) return null;
  const list = gamesQualifiers(data, games.id, rc.now, sport?.id);
  const count = list.upcoming.length + list.past.length;
  if (count === 0) return null;
  const payload = qualifiersLink.encode({ gamesId: games.id, sportId: sport?.id ?? null });
  const label = gamesShortLabel(rc, games);
  const next = list.upcoming[0];
  return {
    id: payload,
    title: sport
      ? rc.t("inline-qualifiers-sport-title", { sport: sportName(rc, sport), games: label })
      : rc.t("inline-qualifiers-title", { games: label }),
    description: next
      ? rc.t("inline-qualifiers-next", { name: inLang(next.name, rc.lang), dates: qualifierDates(rc, next) })
      : rc.t("inline-qualifiers-count", { count }),
    view: qualifiersScreen(rc, data, games, sport, 0, { shared: true }),
    payload,
  };
}

function scheduleCard(rc: RenderContext, data: FanData, games: Games | null, sport: Sport | null): InlineCard | null {
  if (!games) return null;
  const windows = scheduleFor(data, games.id, sport?.id);
  const payload = scheduleLink.encode({ gamesId: games.id, sportId: sport?.id ?? null });
  const first = windows[0]?.firstDay;
  const last = windows.reduce<string | undefined>((max, w) => (max === undefined || w.lastDay > max ? w.lastDay : max), undefined);
  const label = gamesShortLabel(rc, games);
  return {
    id: payload,
    title: sport
      ? rc.t("inline-schedule-sport-title", { sport: sportName(rc, sport), games: label })
      : rc.t("inline-schedule-title", { games: label }),
    description:
      first && last
        ? formatDateRange(first, last, rc.lang)
        : rc.t(gamesPhase(games, rc.now) === "after" ? "inline-schedule-none-over" : "inline-schedule-none"),
    view: scheduleView(rc, data.catalog, games, sport, windows, 0, {
      shared: true,
      ...(sport ? { contests: contesting(data, sport) } : {}),
    }),
    payload,
  };
}

/** "No licenses listed" for Games that are over (no "yet": nothing more is coming); null otherwise. */
function noneListed(rc: RenderContext, games: Games, licenses: number): string | null {
  return licenses === 0 && gamesPhase(games, rc.now) === "after" ? rc.t("inline-licenses-none-over") : null;
}

function summaryCard(rc: RenderContext, data: FanData, games: Games | null): InlineCard | null {
  const summary = games && licenseSummary(data, games.id);
  if (!summary) return null;
  const payload = summaryLink.encode({ gamesId: summary.games.id });
  return {
    id: payload,
    title: rc.t("inline-summary-title", { games: gamesShortLabel(rc, summary.games) }),
    description:
      noneListed(rc, summary.games, summary.licenseCount) ??
      rc.t("inline-summary-description", { licenses: summary.licenseCount, sports: summary.sportCount }),
    view: licenseSummaryView(rc, data.catalog, summary, { shared: true }),
    payload,
  };
}

function countdownCard(rc: RenderContext, data: FanData): InlineCard {
  const upcoming = upcomingGames(data.catalog.games, rc.now);
  const past = latestPastGames(data, rc.now);
  const payload = countdownLink.encode({});
  return {
    id: payload,
    title: rc.t("inline-countdown-title"),
    description: countdownDescription(rc, upcoming.length > 0 ? upcoming : past.map((p) => p.games)),
    view: countdownView(rc, upcoming, undefined, past),
    payload,
  };
}

function athleteCard(rc: RenderContext, data: FanData, athlete: Athlete): InlineCard {
  const record = { athlete, licenses: athleteLicenses(data, athlete.id), results: athleteResults(data, athlete.id) };
  const sports = [
    ...new Set(record.licenses.map(({ license, games }) => `${sportName(rc, license.sport)} · ${gamesShortLabel(rc, games)}`)),
  ];
  const payload = athleteLink.encode({ athleteId: athlete.id });
  return {
    id: payload,
    title: whoText(rc, [athlete], null),
    description:
      sports.length > 0
        ? sports.join(", ")
        : rc.t("inline-athlete-medals", { medals: record.results.filter(({ result }) => isMedal(result)).length }),
    view: athleteView(rc, "", [record]),
    payload,
  };
}
