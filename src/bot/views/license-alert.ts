import { InlineKeyboard } from "grammy";
import type { LicenseSummary } from "../../domain/licenses.js";
import type { Games, License } from "../../domain/types.js";
import { sportButton, summaryButton } from "../callback-data/licenses.js";
import { t } from "../i18n.js";
import { joinHtml } from "../render/html.js";
import { gamesTitle, sportName } from "./games.js";
import { licenseEntry } from "./licenses.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

/** The push a subscriber gets when staff record a new license: who, which event, how, and the new total. */
export function licenseAlertView(rc: RenderContext, games: Games, license: License, summary: LicenseSummary): View {
  const text = joinHtml(
    [
      t(rc, "alert-license-header", { sport: sportName(rc, license.sport), games: gamesTitle(rc, games) }),
      licenseEntry(rc, license, 1, license.sport),
      summary.totalPlaces === summary.licenseCount
        ? t(rc, "alert-license-total", { licenses: summary.licenseCount })
        : t(rc, "alert-license-total-places", { licenses: summary.licenseCount, places: summary.totalPlaces }),
    ],
    "\n\n",
  );
  const keyboard = new InlineKeyboard()
    .text(
      rc.t("alert-license-sport", { sport: sportName(rc, license.sport) }),
      sportButton.encode({ gamesId: games.id, sportId: license.sport.id, page: 0 }),
    )
    .row()
    .text(rc.t("alert-license-all"), summaryButton.encode({ gamesId: games.id }));
  return { text, keyboard };
}
