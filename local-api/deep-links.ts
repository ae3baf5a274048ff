/**
 * Links that open a bot, as clients read them (tdlib's LinkManager): `https://t.me/<bot>?start=<p>`
 * (also telegram.me, telegram.dog, no scheme) and `tg://resolve?domain=<bot>&start=<p>`.
 */
export interface BotLink {
  username: string;
  /** The start parameter when the link has a valid one; undefined when the link only opens the chat. */
  start?: string;
}

/** Telegram documents 1–64 characters of A-Z, a-z, 0-9, _ and -; tdlib opens just the chat otherwise. */
const START_PARAMETER = /^[A-Za-z0-9_-]{1,64}$/;
const T_ME_HOSTS = new Set(["t.me", "telegram.me", "telegram.dog", "www.t.me", "www.telegram.me"]);

export function parseBotLink(raw: string): BotLink {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    throw new Error(`${JSON.stringify(raw)} is not a link`);
  }
  let username: string | undefined;
  if (url.protocol === "tg:") {
    // tg://resolve?domain=x parses with "resolve" as the host.
    if (url.hostname !== "resolve" && url.pathname.replace(/^\/+/, "") !== "resolve")
      throw new Error(`${raw} is a tg:// link that opens no bot`);
    username = url.searchParams.get("domain") ?? undefined;
  } else if ((url.protocol === "https:" || url.protocol === "http:") && T_ME_HOSTS.has(url.hostname.toLowerCase())) {
    username = url.pathname.split("/").filter(Boolean)[0];
  } else {
    throw new Error(`${raw} is not a Telegram link (t.me/<bot> or tg://resolve?domain=<bot>)`);
  }
  if (!username || !/^[A-Za-z][A-Za-z0-9_]{3,31}$/.test(username)) throw new Error(`${raw} names no valid username`);
  const start = url.searchParams.get("start");
  return { username, ...(start !== null && START_PARAMETER.test(start) ? { start } : {}) };
}

export const isValidStartParameter = (payload: string): boolean => START_PARAMETER.test(payload);
