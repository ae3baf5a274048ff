/**
 * The languages the bot speaks, defined once: the schema's enum, the types, the locale files
 * (locales/<lang>.ftl), the language buttons and the per-language columns all derive from this.
 */
export const LANGS = ["en", "ru", "kk"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "en";

/** A text in every language. */
export type Localized = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** Telegram's language_code ("ru", "kk", "en-US", ...) to one of ours; anything else gets the default. */
export function langFromTelegram(code: string | undefined): Lang {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : DEFAULT_LANG;
}

/** The key of a per-language column: ("hostCity", "kk") -> "hostCityKk". */
export type LangKey<P extends string, L extends Lang = Lang> = `${P}${Capitalize<L>}`;

export function langKey<P extends string, L extends Lang>(prefix: P, lang: L): LangKey<P, L> {
  return `${prefix}${lang.charAt(0).toUpperCase()}${lang.slice(1)}` as LangKey<P, L>;
}

/** Builds a Localized from an object with one key per language (a row's nameEn, nameRu, ...). */
export function fromLangKeys<P extends string>(row: { [K in LangKey<P>]: string }, prefix: P): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, row[langKey(prefix, lang)]])) as Localized;
}

/** The reverse of fromLangKeys: { en, ru, kk } -> { nameEn, nameRu, nameKk }. */
export function toLangKeys<P extends string>(text: Localized, prefix: P): { [K in LangKey<P>]: string } {
  return Object.fromEntries(LANGS.map((lang) => [langKey(prefix, lang), text[lang]])) as { [K in LangKey<P>]: string };
}

/** A text fans read: the English source always, a translation where one exists. */
export type Translated = { readonly en: string } & { readonly [L in Lang]?: string };

/** The text in `lang`, or its English where no translation exists. */
export function inLang(text: Translated, lang: Lang): string {
  return text[lang] || text.en;
}

/** A row's optional per-language columns (noteEn, noteRu, ...) as a Translated; null without English. */
export function fromTranslatedKeys<P extends string>(row: { [K in LangKey<P>]: string | null }, prefix: P): Translated | null {
  const en = row[langKey(prefix, "en")];
  if (en === null) return null;
  const text: { [L in Lang]?: string } = { en };
  for (const lang of LANGS) {
    const value = row[langKey(prefix, lang)];
    if (value !== null) text[lang] = value;
  }
  return text as Translated;
}

/** The reverse of fromTranslatedKeys; a missing text or translation becomes null columns. */
export function toTranslatedKeys<P extends string>(
  text: Partial<Record<Lang, string>> | null | undefined,
  prefix: P,
): { [K in LangKey<P>]: string | null } {
  return Object.fromEntries(LANGS.map((lang) => [langKey(prefix, lang), text?.[lang] ?? null])) as {
    [K in LangKey<P>]: string | null;
  };
}
