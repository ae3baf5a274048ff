// The command menu staff see in their private chat with the bot: the fans' commands plus theirs,
// in each language. Everyone else sees the fans' menu only (setCommands).

import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import type { StaffRole } from "../domain/staff.js";
import { DEFAULT_LANG, LANGS } from "../lib/languages.js";

export const FAN_COMMANDS = [
  "start",
  "licenses",
  "medals",
  "schedule",
  "qualifiers",
  "countdown",
  "subscribe",
  "unsubscribe",
  "settings",
  "language",
  "help",
] as const;
export const STAFF_COMMANDS = [
  "addlicense",
  "editlicense",
  "removelicense",
  "addresult",
  "editresult",
  "removeresult",
  "addqualifier",
  "editqualifier",
  "closequalifier",
  "games",
  "import",
  "export",
  "staff",
  "broadcasts",
] as const;
/** Owners see these too (editors are refused them). */
export const OWNER_COMMANDS = ["audit", "status"] as const;

const described = (i18n: I18n, lang: string, commands: readonly string[]) =>
  commands.map((command) => ({ command, description: i18n.t(lang, `cmd-${command}`) }));

/** The fans' menu, for everyone, in every language (Telegram shows the one of the user's app). */
export async function setFanCommands(api: Api, i18n: I18n): Promise<void> {
  for (const lang of LANGS) {
    await api.setMyCommands(described(i18n, lang, FAN_COMMANDS), lang === DEFAULT_LANG ? {} : { language_code: lang });
  }
}

/** A staff member's own menu (their private chat; owners' with their own commands too), or the fans' again once they are not staff. */
export async function refreshStaffCommands(api: Api, i18n: I18n, userId: number, role: StaffRole | null): Promise<void> {
  const scope = { type: "chat" as const, chat_id: userId };
  for (const lang of LANGS) {
    const language = lang === DEFAULT_LANG ? {} : { language_code: lang };
    if (role === null) await api.deleteMyCommands({ scope, ...language });
    else {
      const commands = role === "owner" ? [...FAN_COMMANDS, ...STAFF_COMMANDS, ...OWNER_COMMANDS] : [...FAN_COMMANDS, ...STAFF_COMMANDS];
      await api.setMyCommands(described(i18n, lang, commands), { scope, ...language });
    }
  }
}
