/**
 * Unicode bidi controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and
 * the marks (U+200E, U+200F, U+061C). Inside a quote they can reverse or hide the rest of the
 * line the quote sits in.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** With the u flag only a surrogate without its partner matches. */
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * User text made safe to quote inside the bot's own sentences: bidi controls removed, so an echo
 * of "\u202Eoxob" cannot flip what follows it, and lone surrogates (not valid UTF-8, which
 * Telegram requires) replaced with U+FFFD. Letters of every script, emoji and joiners (ZWJ,
 * ZWNJ) are left alone.
 */
export function echoSafe(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(LONE_SURROGATE, "\uFFFD");
}

/** Control characters (C0, DEL, C1) but the line feed: they have no place in a text fans read. */
const CONTROLS = /(?!\n)\p{Cc}/gu;

/**
 * What staff typed, as it is stored and shown to fans: echoSafe, with control characters gone,
 * Unicode composed (NFC: "й" typed as и + ◌̆ equals "й"), and each line's spaces collapsed.
 * Line breaks stay (a list of names is typed one per line); `oneLine` turns text into a single line.
 */
export function cleanTyped(text: string): string {
  return echoSafe(text)
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROLS, " ")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** One line of what staff typed: cleanTyped, its line breaks turned into spaces. */
export function oneLine(text: string): string {
  return cleanTyped(text).replace(/\n/g, " ");
}
