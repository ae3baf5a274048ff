import { undoProgrammeEdit } from "../../domain/programme-edits.js";
import { undoSportNames } from "../../domain/sport-names.js";
import { undoWindowChange } from "../../domain/window-edits.js";
import { undoProgrammeButton, undoSportNamesButton, undoWindowButton } from "../callback-data/games-programme.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { staffButton } from "../filters/staff-guard.js";
import { show } from "../send-view.js";
import { programmeUndoneView, sportNamesUndoneView, windowUndoneView } from "../views/games-programme.js";

/**
 * Undo under a programme change, a sport's names or a window change just saved (/games, conversations/games-programme.ts):
 * puts back what the change replaced, audited, while nobody has changed it since. Checked again at
 * the press: a fan's forged button, a change already undone or changed again get a clear answer
 * and change nothing.
 */
export const gamesProgrammeFeature = new FeatureComposer<BotContext>();

const REFUSED = { gone: "gf-undo-gone", already: "gf-undo-already", changed: "gf-undo-changed" } as const;

staffButton(gamesProgrammeFeature, undoProgrammeButton, { need: "staff" }, async (ctx, data, member) => {
  const undone = await undoProgrammeEdit(ctx.readModel, member.id, data.auditId, ctx.clock());
  ctx.logger.info({ auditId: data.auditId, by: member.id, outcome: undone.outcome }, "games programme undo pressed");
  if (undone.outcome !== "undone") return ctx.i18n.t(ctx.lang, REFUSED[undone.outcome]);
  const games = (await ctx.readModel.current()).games.get(undone.gamesId);
  if (games) await show(ctx, programmeUndoneView(renderContextOf(ctx), games, undone.edit, undone.sports));
});

staffButton(gamesProgrammeFeature, undoSportNamesButton, { need: "staff" }, async (ctx, data, member) => {
  const undone = await undoSportNames(ctx.readModel, member.id, data.auditId, ctx.clock());
  ctx.logger.info({ auditId: data.auditId, by: member.id, outcome: undone.outcome }, "sport names undo pressed");
  if (undone.outcome !== "undone") return ctx.i18n.t(ctx.lang, REFUSED[undone.outcome]);
  const games = (await ctx.readModel.current()).games.get(undone.gamesId);
  if (games) await show(ctx, sportNamesUndoneView(renderContextOf(ctx), games, undone.name));
});

staffButton(gamesProgrammeFeature, undoWindowButton, { need: "staff" }, async (ctx, data, member) => {
  const undone = await undoWindowChange(ctx.readModel, member.id, data.auditId, ctx.clock());
  ctx.logger.info({ auditId: data.auditId, by: member.id, outcome: undone.outcome }, "games window undo pressed");
  if (undone.outcome !== "undone") return ctx.i18n.t(ctx.lang, REFUSED[undone.outcome]);
  const fans = await ctx.readModel.current();
  const games = fans.games.get(undone.gamesId);
  const sport = fans.sportsById.get(undone.sportId);
  if (games && sport) await show(ctx, windowUndoneView(renderContextOf(ctx), games, sport.name, undone.change));
});
