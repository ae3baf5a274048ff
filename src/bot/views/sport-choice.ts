import type { GamesCatalog } from "../../domain/catalog.js";
import type { SportMatch } from "../../domain/sports.js";
import type { Sport } from "../../domain/types.js";
import { t } from "../i18n.js";
import { mainMenuKeyboard } from "../keyboards/main-menu.js";
import { type SportTarget, sportChoicesKeyboard } from "../keyboards/sport-choices.js";
import { clip, html } from "../render/html.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

/** Longest query echoed back to the user. */
const ECHO_MAX = 40;

/** A typed name that matched no single sport (nor, for /licenses, an athlete): "did you mean" buttons, or "unknown". */
export function sportChoiceView(
  rc: RenderContext,
  cat: GamesCatalog,
  query: string,
  match: Exclude<SportMatch, { type: "found" }>,
  target: SportTarget,
  catalogOf?: (sport: Sport) => GamesCatalog,
): View {
  const options = match.type === "ambiguous" ? match.candidates : match.suggestions;
  const { keyboard, count } = sportChoicesKeyboard(rc, cat, options, target, catalogOf);
  const echo = clip(query, ECHO_MAX);
  // /licenses also finds athletes by name, so its "unknown" says that too.
  const unknownKey = target === "licenses" ? "sport-or-athlete-unknown" : "sport-unknown";
  const key = count === 0 ? unknownKey : match.type === "ambiguous" ? "sport-ambiguous" : "sport-did-you-mean";
  return {
    text: t(rc, key, { query: echo === "" ? "…" : echo, command: `/${target}` }),
    ...(count > 0 ? { keyboard } : {}),
  };
}

/**
 * A plain message that found no single sport or athlete: the few sports it may mean as buttons
 * ("хоккей": ice or field hockey), the closest as "did you mean", or, with nothing close, what was
 * typed (escaped, shortened) and what to try, with the main menu.
 */
export function lookupChoiceView(
  rc: RenderContext,
  cat: GamesCatalog,
  query: string,
  match: Exclude<SportMatch, { type: "found" }>,
  catalogOf?: (sport: Sport) => GamesCatalog,
): View {
  const options = match.type === "ambiguous" ? match.candidates : match.suggestions;
  const { keyboard, count } = sportChoicesKeyboard(rc, cat, options, "licenses", catalogOf);
  const echo = clip(query, ECHO_MAX);
  const args = { query: echo === "" ? "…" : echo };
  if (count > 0) return { text: t(rc, match.type === "ambiguous" ? "sport-ambiguous" : "sport-did-you-mean", args), keyboard };
  return { text: html`${t(rc, "lookup-not-found", args)}\n\n${t(rc, "lookup-try")}`, keyboard: mainMenuKeyboard(rc) };
}
