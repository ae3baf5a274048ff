import { InlineKeyboard } from "grammy";
import { athleteName } from "../../domain/athletes.js";
import { isMedal } from "../../domain/results.js";
import type { Athlete, Games, License, Result } from "../../domain/types.js";
import { inLang, LANGS } from "../../lib/languages.js";
import { sportButton } from "../callback-data/licenses.js";
import { medalsButton } from "../callback-data/medals.js";
import { t } from "../i18n.js";
import { formatDate, midSentence } from "../render/format.js";
import { clip, type Html, joinHtml } from "../render/html.js";
import { gamesShortLabel, gamesTitle, sportName, sportNameMid } from "./games.js";
import { cardButton, medalSportAtGames } from "./medal-card.js";
import type { RenderContext } from "./render-context.js";
import { MEDAL_ICONS, placingText } from "./results.js";
import type { View } from "./view.js";

/** An athlete with what the team's records say about them. */
export interface AthleteRecord {
  athlete: Athlete;
  licenses: readonly { license: License; games: Games }[]; // latest Games first
  /** Medals and placings, latest Games first. */
  results: readonly { result: Result; games: Games }[];
}

/** Longest query echoed back. */
const ECHO_MAX = 40;

/**
 * "Нұрбек Оралбай (Нурбек Оралбай, Nurbek Oralbay)": the name in the reader's script, then the
 * other forms the records hold, each once, so the fan can match it against any source.
 */
export function athleteNameWithForms(rc: Pick<RenderContext, "t" | "lang">, athlete: Athlete): Html {
  const name = athleteName(athlete.name, rc.lang);
  // The reader's own script first: a Cyrillic reader sees the other Cyrillic form before the Latin one.
  const order = rc.lang === "en" ? LANGS : [rc.lang, ...LANGS.filter((l) => l !== rc.lang && l !== "en"), "en" as const];
  const others = [...new Set(order.map((lang) => athlete.name[lang]).filter((form): form is string => !!form && form !== name))];
  return others.length === 0 ? t(rc, "athlete-name", { name }) : t(rc, "athlete-name-forms", { name, forms: others.join(", ") });
}

function athleteBlock(rc: RenderContext, record: AthleteRecord): Html {
  const lines: Html[] = [athleteNameWithForms(rc, record.athlete)];
  if (record.licenses.length > 0) {
    lines.push(t(rc, "athlete-licenses"));
    for (const { license: l, games } of record.licenses) {
      const args = { games: gamesTitle(rc, games), sport: sportNameMid(rc, l.sport) };
      const event = l.event ? midSentence(inLang(l.event, rc.lang), rc.lang) : null;
      lines.push(event ? t(rc, "athlete-license-event", { ...args, event }) : t(rc, "athlete-license", args));
    }
  }
  if (record.results.length > 0) {
    lines.push(t(rc, "athlete-results"));
    for (const { result: r, games } of record.results) {
      const args = {
        games: gamesTitle(rc, games),
        sport: sportNameMid(rc, r.sport),
        event: midSentence(inLang(r.event, rc.lang), rc.lang),
      };
      const date = r.wonOn ? { date: formatDate(r.wonOn, rc.lang) } : null;
      // A medal by its icon; a placing ("4th", "quarter-final") in words.
      lines.push(
        r.medal !== null
          ? t(rc, date ? "athlete-medal-date" : "athlete-medal", { ...args, ...date, icon: MEDAL_ICONS[r.medal] })
          : t(rc, date ? "athlete-placing-date" : "athlete-placing", {
              ...args,
              ...date,
              placing: midSentence(placingText(rc, r), rc.lang),
            }),
      );
    }
  }
  if (record.licenses.length === 0 && record.results.length === 0) lines.push(t(rc, "athlete-nothing"));
  return joinHtml(lines, "\n");
}

/**
 * What a typed name found: each athlete (both twins for "Оралбай") with their licenses and
 * results (medals and placings), a button per sport to its licenses, per Games to its medals and per
 * medal to its card.
 */
export function athleteView(rc: RenderContext, query: string, records: readonly AthleteRecord[]): View {
  const blocks = records.map((r) => athleteBlock(rc, r));
  const head = records.length > 1 ? [t(rc, "athlete-several", { query: clip(query, ECHO_MAX) || "…", count: records.length })] : [];

  const keyboard = new InlineKeyboard();
  const seen = new Set<string>();
  const add = (label: string, data: string) => {
    if (seen.has(data)) return;
    seen.add(data);
    keyboard.text(label, data).row();
  };
  for (const record of records) {
    for (const { license: l, games } of record.licenses) {
      add(
        rc.t("button-athlete-sport", { sport: sportName(rc, l.sport), games: gamesShortLabel(rc, games) }),
        sportButton.encode({ gamesId: games.id, sportId: l.sport.id, page: 0 }),
      );
    }
  }
  for (const record of records) {
    for (const { games } of record.results) {
      add(rc.t("button-games-medals", { games: gamesShortLabel(rc, games) }), medalsButton.encode({ gamesId: games.id }));
    }
  }
  // Each medal's card, to share (a pair's medal once, though both athletes are shown); a placing has none.
  for (const record of records) {
    for (const { result, games } of record.results) {
      if (!isMedal(result)) continue;
      const button = cardButton(rc, result, medalSportAtGames(rc, games, result));
      add(button.text, button.data);
    }
  }
  return { text: joinHtml([...head, ...blocks], "\n\n"), keyboard };
}
