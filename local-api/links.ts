/**
 * URL checks shared by HTML links, `text_link` entities and inline keyboard
 * buttons. Telegram reports the reason as "Wrong HTTP URL", "Unsupported URL
 * protocol" or "URL host is empty"; a bare domain gets an implicit http://.
 */
export type LinkCheck = { ok: true; url: string } | { ok: false; reason: string };

const PASS_THROUGH_SCHEMES = new Set(["tg", "ton"]);

export function checkLink(raw: string): LinkCheck {
  const url = raw.trim();
  if (!url) return { ok: false, reason: "URL host is empty" };
  const match = /^([a-z][a-z0-9+.-]*):(?!\d)/i.exec(url);
  const scheme = match?.[1]?.toLowerCase();
  if (scheme && PASS_THROUGH_SCHEMES.has(scheme)) return { ok: true, url };
  if (scheme && scheme !== "http" && scheme !== "https") return { ok: false, reason: "Unsupported URL protocol" };
  let parsed: URL;
  try {
    parsed = new URL(scheme ? url : `http://${url}`);
  } catch {
    return { ok: false, reason: "Wrong HTTP URL" };
  }
  const host = parsed.hostname;
  if (!host) return { ok: false, reason: "URL host is empty" };
  if (!host.includes(".") && host !== "localhost" && !host.startsWith("[")) return { ok: false, reason: "Wrong HTTP URL" };
  return { ok: true, url: parsed.href };
}
