import { InlineKeyboard } from "grammy";
import { matchSport, type SportMatch } from "../domain/sports.js";
import type { Sport } from "../domain/types.js";
import { encodeCallback } from "./callback-data.js";
import type { BotContext } from "./context.js";
import { defaultLicenseGames, defaultScheduleGames, type Catalog } from "./games-choice.js";
import { t } from "./i18n.js";
import { clip } from "./render/html.js";
import { sportName } from "./render/games.js";
import type { View } from "./render/respond.js";

export type LookupTarget = "licenses" | "schedule";

/** Longest query echoed back to the user. */
const ECHO_MAX = 40;

/** What a fan typed, matched against the bot's (briefly cached) sports directory. */
export async function resolveTypedSport(ctx: Pick<BotContext, "sports">, query: string): Promise<SportMatch> {
  return matchSport(query, await ctx.sports.get());
}

/**
 * Resolves a sport name typed by a user. A clear match gives the sport; anything else gives a
 * ready view with "did you mean" buttons that open the candidate in `target`.
 */
export async function lookupSport(
  ctx: BotContext,
  cat: Catalog,
  query: string,
  target: LookupTarget,
): Promise<{ sport: Sport } | { view: View }> {
  const match = await resolveTypedSport(ctx, query);
  if (match.type === "found") return { sport: match.sport };
  const options = match.type === "ambiguous" ? match.candidates : match.suggestions;
  return { view: didYouMeanView(ctx, cat, query, options, target, match.type === "ambiguous") };
}

function didYouMeanView(
  ctx: BotContext,
  cat: Catalog,
  query: string,
  options: Sport[],
  target: LookupTarget,
  ambiguous: boolean,
): View {
  const now = ctx.clock();
  const keyboard = new InlineKeyboard();
  let shown = 0;
  for (const sport of options.slice(0, 8)) {
    const games = target === "licenses" ? defaultLicenseGames(cat, now, sport.kind) : defaultScheduleGames(cat, now, sport.kind);
    if (!games) continue;
    const data =
      target === "licenses"
        ? encodeCallback({ type: "sport", gamesId: games.id, sportId: sport.id, page: 0 })
        : encodeCallback({ type: "schedule", gamesId: games.id, sportId: sport.id, page: 0 });
    keyboard.text(sportName(ctx, sport), data).row();
    shown++;
  }
  const echo = clip(query, ECHO_MAX);
  const key = shown === 0 ? "sport-unknown" : ambiguous ? "sport-ambiguous" : "sport-did-you-mean";
  const command = target === "licenses" ? "/licenses" : "/schedule";
  return {
    text: t(ctx, key, { query: echo === "" ? "…" : echo, command }),
    ...(shown > 0 ? { keyboard } : {}),
  };
}
