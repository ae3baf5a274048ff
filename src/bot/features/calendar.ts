// "Add to calendar" under a schedule: the Games' (or the sport's) calendar as an .ics document, in
// the chat's language, with the subscribable feed's link when the server is reachable (PUBLIC_URL).
import { InputFile } from "grammy";
import { gamesCalendar } from "../../domain/calendar.js";
import { onButton, staleAnswer } from "../buttons.js";
import { calendarButton } from "../callback-data/calendar.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { calendarCaption, calendarFeedPath, calendarFileName, renderCalendarIcs } from "../views/calendar.js";

export const calendarFeature = new FeatureComposer<BotContext>();

onButton(calendarFeature, calendarButton, async (ctx, button) => {
  const data = await ctx.readModel.current();
  const rc = renderContextOf(ctx);
  // Null for a Games or sport that no longer exists (or a forged button).
  const cal = gamesCalendar(data, button.gamesId, button.sportId, rc.now);
  if (!cal) return staleAnswer(ctx);
  const feedUrl = ctx.config.publicUrl ? `${ctx.config.publicUrl}${calendarFeedPath(cal.games, cal.sport)}?lang=${rc.lang}` : null;
  const file = new InputFile(Buffer.from(renderCalendarIcs(rc, cal), "utf8"), calendarFileName(cal.games, cal.sport));
  await ctx.replyWithDocument(file, { caption: calendarCaption(rc, cal, feedUrl).value, parse_mode: "HTML" });
});
