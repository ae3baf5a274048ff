/**
 * Environment settings shared by `npm run local-api` (cli.ts) and `npm run chat` (chat.ts).
 * FLOOD_LIMITS: unset, "on", "true" or "1" keeps Telegram's flood limits (the default, as in
 * startLocalBotApi); "off", "false" or "0" turns them off.
 */
export function floodLimitsFromEnv(value: string | undefined): boolean {
  const setting = value?.trim().toLowerCase() ?? "";
  if (setting === "" || setting === "on" || setting === "true" || setting === "1") return true;
  if (setting === "off" || setting === "false" || setting === "0") return false;
  throw new Error(`FLOOD_LIMITS must be "on" or "off", not ${JSON.stringify(value)}`);
}
