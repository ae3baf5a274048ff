import { undoGamesFact } from "../../domain/games-facts.js";
import { undoGamesFactButton } from "../callback-data/games-facts.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { staffButton } from "../filters/staff-guard.js";
import { show } from "../send-view.js";
import { factUndoneView } from "../views/games-facts.js";

/**
 * Undo under a Games' fact just changed (/games, conversations/games-facts.ts): puts back what the
 * change replaced, audited, while nobody has changed that fact since. Checked again at the press:
 * a fan's forged button, a change already undone or changed again get a clear answer and change nothing.
 */
export const gamesFactsFeature = new FeatureComposer<BotContext>();

const REFUSED = { gone: "gf-undo-gone", already: "gf-undo-already", changed: "gf-undo-changed" } as const;

staffButton(gamesFactsFeature, undoGamesFactButton, { need: "staff" }, async (ctx, data, member) => {
  const undone = await undoGamesFact(ctx.readModel, member.id, data.auditId, ctx.clock());
  ctx.logger.info({ auditId: data.auditId, by: member.id, outcome: undone.outcome }, "games fact undo pressed");
  if (undone.outcome !== "undone") return ctx.i18n.t(ctx.lang, REFUSED[undone.outcome]);
  const games = (await ctx.readModel.current()).games.get(undone.gamesId);
  if (games) await show(ctx, factUndoneView(renderContextOf(ctx), games, undone.change));
});
