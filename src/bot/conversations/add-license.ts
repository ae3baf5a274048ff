// /addlicense: the staff conversation that records a license (@grammyjs/conversations v2).
//
// The plugin replays this function from the start on every update, so everything that decides
// the flow comes from the updates themselves or from `conversation.external` (database reads,
// the clock), which it records. The flow is a small state machine over a draft: one question, one
// answer, then the next step; /back pops the steps taken, "Change a field" jumps to one and
// returns to the preview.

import { getSport, licenseSummary, listSports, resolveSport, sportLicenses } from "../../domain/fan-data.js";
import { upcomingGames } from "../../domain/games.js";
import { likelyDuplicates, type NewLicense, recordLicense } from "../../domain/license-records.js";
import type { AthleteName, Games, Sport } from "../../domain/types.js";
import { LANGS, type Lang, type Translated } from "../../lib/languages.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import { isCyrillic, isLatin, toCyrillic, toLatin } from "../../lib/transliterate.js";
import {
  type DraftField,
  draftActionButton,
  draftAnswerButton,
  draftFieldButton,
  draftLanguageButton,
  draftSportsPageButton,
} from "../callback-data/add-license.js";
import type { BotContext } from "../context.js";
import { gamesShortLabel } from "../views/games.js";
import {
  type Draft,
  type DraftGames,
  defaultPlaces,
  draftPreviewView,
  draftQuestionView,
  draftSavedView,
  fieldPickerView,
  nameQuestionView,
  type QuestionOptions,
  sportSuggestionsView,
  translationQuestionView,
} from "../views/license-draft.js";
import { type RenderContext, renderContext } from "../views/render-context.js";
import { messageView, type View } from "../views/view.js";
import { checkAthleteNames, checkName, checkPlaces, checkSource, checkText, checkWonOn, nameForm } from "./license-input.js";
import { type StaffConversation, staffTurns } from "./staff-turns.js";

export const ADD_LICENSE = "addlicense";
const SPORTS_PER_PAGE = 8;

/** The Russian and Kazakh of a text typed in English: optional steps right after it. */
type TranslationStep = "eventRu" | "eventKk" | "howRu" | "howKk";
/** Each new athlete's name in the other script, proposed for staff to confirm or correct. */
type Step = DraftField | TranslationStep | "names" | "preview";
const TRANSLATION_STEPS: Record<TranslationStep, { text: "event" | "howWon"; lang: "ru" | "kk"; next: Step }> = {
  eventRu: { text: "event", lang: "ru", next: "eventKk" },
  eventKk: { text: "event", lang: "kk", next: "how" },
  howRu: { text: "howWon", lang: "ru", next: "howKk" },
  howKk: { text: "howWon", lang: "kk", next: "date" },
};
const isTranslationStep = (step: Step): step is TranslationStep => step in TRANSLATION_STEPS;
/** What an answer did: change the draft and move on, or ask again with a hint. */
type Outcome = { next: Step; patch: Partial<Draft> } | { hint: string; args?: Record<string, string | number>; suggestions?: Sport[] };

/**
 * What `external` returns is stored with the conversation and handed back as stored on replay
 * (after a restart: read back from JSON), so it is made plain JSON at once: the same values
 * either way.
 */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export async function addLicense(conversation: StaffConversation, ctx: BotContext): Promise<void> {
  const env = await conversation.external((o) => ({
    lang: o.lang,
    displayTz: o.config.displayTz,
    broadcastRate: o.config.broadcastRate,
    alertDelaySec: o.config.alertDelaySec,
    userId: o.from!.id,
  }));
  const rcAt = (now: number): RenderContext => renderContext(ctx.i18n, env.lang as Lang, env, new Date(now));
  const turns = staffTurns(conversation);
  const { clock, send } = turns;

  const draft: Draft = {
    games: null,
    sport: null,
    athletes: [],
    newAthletes: [],
    team: false,
    event: null,
    howWon: null,
    wonOn: null,
    quotaPlaces: null,
    source: null,
  };
  const history: Step[] = [];
  let step: Step = "games";
  let returnToPreview = false;
  let lastActive = await clock();
  let previewLang = env.lang as Lang;
  let sportsPage = 0;
  let nameIndex = 0;
  // False after an answer that shows something else in the question's place (the field picker).
  let askAgain = true;

  for (;;) {
    if (askAgain) {
      const options = await conversation.external(async (o) => plain(await questionOptions(o, draft, step, sportsPage)));
      const at = rcAt(lastActive);
      await send(
        step === "preview"
          ? draftPreviewView(at, renderContext(ctx.i18n, previewLang, env, new Date(lastActive)), draft, options)
          : isTranslationStep(step)
            ? translationQuestionView(at, step, draft)
            : step === "names"
              ? nameQuestion(at, draft.newAthletes[nameIndex]!)
              : draftQuestionView(at, step, draft, options),
      );
    }
    askAgain = true;
    const turn = await turns.answer(lastActive);
    if (turn.idle) {
      await send(messageView(rcAt(turn.now), "al-idle"));
      return;
    }
    const { now, text, press } = turn;
    lastActive = now;
    const rc = rcAt(now);

    if (text === "/cancel" || draftActionButton.decode(press)?.action === "cancel") {
      await send(messageView(rc, "al-cancelled"));
      return;
    }
    if (text === "/back") {
      const previous = history.pop();
      if (previous === undefined) await send(messageView(rc, "al-back-first"));
      else step = previous;
      if (previous === "names") nameIndex = 0;
      continue;
    }
    if (text?.startsWith("/") || (text === undefined && press === undefined)) {
      await send(messageView(rc, "al-busy"));
      continue;
    }

    if (step === "preview") {
      const action = draftActionButton.decode(press)?.action;
      const field = draftFieldButton.decode(press)?.field;
      if (action === "change") {
        await send(fieldPickerView(rc));
        askAgain = false;
        continue;
      }
      const language = draftLanguageButton.decode(press)?.lang;
      if (language) {
        previewLang = language;
        continue;
      }
      if (field) {
        history.push(step);
        step = field;
        returnToPreview = true;
        continue;
      }
      if (action === "alert" || action === "quiet") {
        // A team license is named as a team in every language (the flow asks for no team name).
        const team = draft.team ? (Object.fromEntries(LANGS.map((l) => [l, ctx.i18n.t(l, "al-team-name")])) as Translated) : null;
        const input = toNewLicense(draft, team);
        const alertAfterMs = action === "alert" ? env.alertDelaySec * 1000 : null;
        const saved = await conversation.external((o) => recordLicense(o.readModel, env.userId, input, o.clock(), alertAfterMs));
        await conversation.external((o) =>
          o.logger.info({ licenseId: saved.licenseId, by: env.userId, alert: saved.alert !== null }, "license recorded"),
        );
        await send(draftSavedView(rc, saved.licenseId, saved.alert?.audienceSize ?? null, env.alertDelaySec));
        return;
      }
      await send(messageView(rc, "al-busy"));
      continue;
    }

    const page = draftSportsPageButton.decode(press)?.page;
    if (step === "sport" && page !== undefined) {
      sportsPage = page;
      continue;
    }
    if (step === "names") {
      const athlete = draft.newAthletes[nameIndex]!;
      const { script, proposal } = otherScript(athlete);
      const action = draftActionButton.decode(press)?.action;
      let form: string | null = null;
      if (action === "accept") form = proposal;
      else if (action !== "skip") {
        const fits = checkName(text).ok && (script === "latin" ? isLatin(text!) : isCyrillic(text!));
        if (!fits) {
          await send(messageView(rc, "al-name-script-bad", { script }));
          continue;
        }
        form = text!;
      }
      if (form !== null) {
        // A confirmed Cyrillic form is Russian, or Kazakh when it has Kazakh letters.
        const confirmed = script === "latin" ? { en: form } : nameForm(form, "ru");
        draft.newAthletes = draft.newAthletes.map((a, i) => (i === nameIndex ? { ...a, ...confirmed } : a));
      }
      nameIndex += 1;
      if (nameIndex >= draft.newAthletes.length) {
        history.push(step);
        step = returnToPreview ? "preview" : "event";
      }
      continue;
    }
    if (isTranslationStep(step)) {
      const { text: field, lang, next }: { text: "event" | "howWon"; lang: "ru" | "kk"; next: Step } = TRANSLATION_STEPS[step];
      const skip = draftActionButton.decode(press)?.action === "skip";
      const checked = skip ? null : checkText(text);
      if (checked && !checked.ok) {
        await send(messageView(rc, checked.hint, checked.args));
        continue;
      }
      if (checked?.ok && draft[field]) draft[field] = { ...draft[field]!, [lang]: checked.value };
      history.push(step);
      step = next === "how" || next === "date" ? (returnToPreview ? "preview" : next) : next;
      continue;
    }
    const asked: DraftField = step;
    const outcome: Outcome = await conversation.external(
      async (o): Promise<Outcome> => plain(await answerStep(o, draft, asked, text, press, now)),
    );
    if ("hint" in outcome) {
      if (outcome.suggestions?.length) {
        // "Did you mean": the hint carries the buttons, so the question is not asked again under it.
        await send(sportSuggestionsView(rc, outcome.hint, outcome.args ?? {}, outcome.suggestions));
        askAgain = false;
      } else await send(messageView(rc, outcome.hint, outcome.args));
      continue;
    }
    Object.assign(draft, outcome.patch);
    history.push(step);
    // Back to the preview after a change, unless the change leads on: a new Games needs its
    // sport, a typed text its translations.
    if (outcome.next === "names") nameIndex = 0;
    const leadsOn: boolean = (asked === "games" && outcome.next === "sport") || isTranslationStep(outcome.next) || outcome.next === "names";
    step = returnToPreview && !leadsOn ? "preview" : outcome.next;
  }
}

/** The buttons and defaults a step offers, from the read model (which has every write of this process). */
async function questionOptions(o: BotContext, draft: Draft, step: Step, sportsPage: number): Promise<QuestionOptions> {
  const now = o.clock();
  const data = await o.readModel.current();
  switch (step) {
    case "games": {
      const cat = data.catalog;
      const next = upcomingGames(cat.games, now);
      // The current or next Games of each kind, and the one after it.
      const after = next.flatMap((g) => cat.games.filter((x) => x.kind === g.kind && x.opensOn > g.opensOn).slice(0, 1));
      return { games: [...next, ...after].map(draftGames) };
    }
    case "sport": {
      // Sports with licenses at these Games first, then every other sport of the kind, by name.
      const withLicenses = licenseSummary(data, draft.games!.id)?.bySport.map((s) => s.sport) ?? [];
      const rest = listSports(data, { kind: draft.games!.kind })
        .filter((s) => !withLicenses.some((w) => w.id === s.id))
        .sort((a, b) => a.name[o.lang].localeCompare(b.name[o.lang], o.lang));
      const all = [...withLicenses, ...rest];
      const pages = Math.max(1, Math.ceil(all.length / SPORTS_PER_PAGE));
      const page = Math.min(sportsPage, pages - 1);
      return { sports: all.slice(page * SPORTS_PER_PAGE, (page + 1) * SPORTS_PER_PAGE), sportsPage: { page, pages } };
    }
    case "athletes":
    case "event": {
      const licenses = sportLicenses(data, draft.games!.id, draft.sport!.id);
      const athletes = dedupeById(licenses.flatMap((l) => l.athletes)).slice(0, 8);
      const events = licenses.filter((l) => l.event).map((l) => ({ licenseId: l.id, event: l.event!.en }));
      return { athletes, events: [...new Map(events.map((e) => [e.event, e])).values()].slice(0, 6) };
    }
    case "preview": {
      const summary = licenseSummary(data, draft.games!.id);
      const duplicates = await likelyDuplicates(o.db, {
        gamesId: draft.games!.id,
        sportId: draft.sport!.id,
        event: draft.event,
        athleteIds: draft.athletes.map((a) => a.id),
      });
      return { listed: { licenses: summary?.licenseCount ?? 0, places: summary?.totalPlaces ?? 0 }, duplicates };
    }
    default:
      return {};
  }
}

/** Applies one answer to the draft, or says why it does not fit. */
async function answerStep(
  o: BotContext,
  draft: Draft,
  step: DraftField,
  text: string | undefined,
  press: string | undefined,
  now: number,
): Promise<Outcome> {
  const answer = draftAnswerButton.decode(press);
  const action = draftActionButton.decode(press)?.action;
  const picked = answer?.field === step ? answer.value : null;
  if (press !== undefined && picked === null && action === undefined) return { hint: "al-busy" };
  const unfit = (c: { ok: false; hint: string; args?: Record<string, string | number> }): Outcome =>
    c.args ? { hint: c.hint, args: c.args } : { hint: c.hint };
  const data = await o.readModel.current();

  switch (step) {
    case "games": {
      const cat = data.catalog;
      const games = picked !== null ? cat.games.find((g) => g.id === picked) : text ? gamesByName(o, cat.games, text) : undefined;
      if (!games) return { hint: "al-games-unknown" };
      const chosen = draftGames(games);
      // Another Games resets what depends on it; the same one keeps the rest of the draft.
      if (draft.games?.id === games.id) return { next: draft.sport ? "athletes" : "sport", patch: { games: chosen } };
      return { next: "sport", patch: { games: chosen, sport: null, athletes: [], newAthletes: [], team: false, event: null } };
    }
    case "sport": {
      let sport: Sport | null = null;
      if (picked !== null) sport = getSport(data, picked);
      else if (text) {
        const match = resolveSport(data, text, { kind: draft.games!.kind });
        const query = text.slice(0, 64);
        if (match.type === "found") sport = match.sport;
        else if (match.type === "ambiguous") return { hint: "sport-ambiguous", args: { query }, suggestions: match.candidates };
        else return { hint: "al-sport-unknown", args: { query }, suggestions: match.suggestions };
      }
      if (!sport || sport.kind !== draft.games!.kind) return { hint: "al-sport-unknown", args: { query: (text ?? "").slice(0, 64) } };
      return { next: "athletes", patch: { sport } };
    }
    case "athletes": {
      if (action === "team") return { next: "event", patch: { athletes: [], newAthletes: [], team: true } };
      if (picked !== null) {
        const known = data.athletes.get(picked);
        if (!known) return { hint: "al-athletes-none" };
        return { next: "event", patch: { team: false, athletes: dedupeById([...draft.athletes, known]) } };
      }
      const checked = checkAthleteNames(text, [...data.athletes.values()], o.lang);
      if (!checked.ok) return unfit(checked);
      const athletes = checked.value.flatMap((n) => ("known" in n ? [n.known] : []));
      const newAthletes = checked.value.flatMap((n) => ("name" in n ? [n.name] : []));
      return { next: newAthletes.length > 0 ? "names" : "event", patch: { athletes: dedupeById(athletes), newAthletes, team: false } };
    }
    case "event": {
      if (action === "skip") return { next: "how", patch: { event: null } };
      if (picked !== null) {
        const license = sportLicenses(data, draft.games!.id, draft.sport!.id).find((l) => l.id === picked);
        if (!license?.event) return { hint: "al-text-empty" };
        return { next: "how", patch: { event: license.event } };
      }
      const checked = checkText(text);
      return checked.ok ? { next: "eventRu", patch: { event: { en: checked.value } } } : unfit(checked);
    }
    case "how": {
      if (action === "skip") return { next: "date", patch: { howWon: null } };
      const checked = checkText(text);
      return checked.ok ? { next: "howRu", patch: { howWon: { en: checked.value } } } : unfit(checked);
    }
    case "date": {
      const relative = action === "today" || action === "yesterday" ? action : undefined;
      const checked = checkWonOn({ text, relative }, now, o.config.displayTz, draft.games!.closesOn);
      return checked.ok ? { next: "places", patch: { wonOn: checked.value } } : unfit(checked);
    }
    case "places": {
      if (action === "places") return { next: "source", patch: { quotaPlaces: defaultPlaces(draft) } };
      const checked = checkPlaces(text);
      return checked.ok ? { next: "source", patch: { quotaPlaces: checked.value } } : unfit(checked);
    }
    case "source": {
      if (action === "skip") return { next: "preview", patch: { source: null } };
      const checked = checkSource(text);
      return checked.ok ? { next: "preview", patch: { source: checked.value } } : unfit(checked);
    }
  }
}

/** The part of a Games the draft keeps: plain JSON (no instants), enough to name it and check dates. */
function draftGames(g: Games): DraftGames {
  return {
    id: g.id,
    slug: g.slug,
    kind: g.kind,
    season: g.season,
    year: g.year,
    hostCity: g.hostCity,
    hostTz: g.hostTz,
    closesOn: g.closesOn,
  };
}

/** The script a new athlete's name still lacks, and a proposal for it. */
function otherScript(name: AthleteName): { script: "latin" | "cyrillic"; proposal: string } {
  if (name.en) return { script: "cyrillic", proposal: toCyrillic(name.en) };
  return { script: "latin", proposal: toLatin((name.ru ?? name.kk)!) };
}

function nameQuestion(rc: RenderContext, name: AthleteName): View {
  const typed = (name.en ?? name.ru ?? name.kk)!;
  const { script, proposal } = otherScript(name);
  return nameQuestionView(rc, typed, script, proposal);
}

/** A Games by a typed name: its city and year in any language ("LA 2028", "Лос-Анджелес 2028"); the Olympic one unless "para" is said. */
function gamesByName(o: BotContext, games: readonly Games[], text: string): Games | undefined {
  const q = normaliseTerm(text);
  if (q.length < 4) return undefined;
  const matches = games.filter((g) =>
    (["en", "ru", "kk"] as const).some((lang) => {
      const rc = { lang, t: (key: string, args?: Record<string, unknown>) => o.i18n.t(lang, key, args as never) };
      const label = normaliseTerm(gamesShortLabel(rc, g));
      // "Los Angeles 2028", "Лос-Анджелес 2028", or the slug's start: "LA 2028".
      return label.includes(q) || q.includes(label) || normaliseTerm(g.slug).startsWith(q);
    }),
  );
  const olympic = matches.filter((g) => g.kind === "olympic");
  return matches.length === 1 ? matches[0] : /para|пара/i.test(text) ? matches.find((g) => g.kind === "paralympic") : olympic[0];
}

function dedupeById<T extends { id: number }>(items: readonly T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}

function toNewLicense(d: Draft, team: Translated | null): NewLicense {
  return {
    gamesId: d.games!.id,
    sportId: d.sport!.id,
    athleteIds: d.athletes.map((a) => a.id),
    newAthletes: d.newAthletes,
    team,
    event: d.event,
    howWon: d.howWon,
    wonOn: d.wonOn,
    quotaPlaces: d.quotaPlaces ?? defaultPlaces(d),
    source: d.source,
  };
}
