/**
 * Intl.DateTimeFormat instances kept per locale and options: building one costs far more than
 * formatting with it (ICU loads the zone and the locale's patterns each time), and the read path
 * formats dates for every update. The set of locales, zones and option shapes the bot uses is
 * small and fixed, so the cache stays small; an instance is immutable, so sharing it is safe.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
