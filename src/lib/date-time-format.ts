/**
 * Intl.DateTimeFormat objects, made once per locale, options and zone and then reused: making one
 * costs far more than formatting with it (the locale's and the zone's data are looked up each
 * time), and one schedule screen formats dozens of dates and times. Few keys ever exist (three
 * languages, a handful of option sets, the display zone and the Games' zones).
 */
const made = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = made.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    made.set(key, format);
  }
  return format;
}
