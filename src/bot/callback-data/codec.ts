/**
 * Compact, typed callback data, one codec per kind of button. Telegram allows 1-64 bytes, and
 * anything can arrive here (old buttons, forged presses), so decoding is strict: exactly
 * `<prefix>[:<field>...]` with each field in its own grammar, or null.
 */

import { isRowId } from "../../domain/ids.js";

export const MAX_CALLBACK_BYTES = 64;

export class CallbackDataError extends Error {}

/** One field of callback data: its grammar (a regex source without capturing groups) and codec. */
export interface Field<T> {
  readonly pattern: string;
  encode(value: T): string;
  /** Only for text the pattern matched; undefined when the value is out of the field's range. */
  decode(text: string): T | undefined;
}

type Values<F extends Record<string, Field<unknown>>> = { [K in keyof F]: F[K] extends Field<infer V> ? V : never };

export interface CallbackCodec<T> {
  readonly prefix: string;
  /** Matches exactly what `encode` produces: the trigger for `composer.callbackQuery`. */
  readonly pattern: RegExp;
  /** Throws CallbackDataError for a value `decode` would not accept back, or over 64 bytes. */
  encode(data: T): string;
  /** null for anything that is not exactly what `encode` produces. */
  decode(data: string | undefined): T | null;
}

// The ranges the grammars accept, so every encoded button can be decoded back.
const MAX_TELEGRAM_ID = 999_999_999_999_999;
const MAX_PAGE = 9999;

/**
 * A row id: 1 to 2,147,483,647 (what an integer column holds). A forged button with a larger one
 * is not a button of ours: it never reaches a query (PostgreSQL would raise "out of range").
 */
export const id: Field<number> = {
  pattern: "[1-9][0-9]{0,9}",
  encode(n) {
    if (!isRowId(n)) throw new CallbackDataError(`not a valid id: ${n}`);
    return String(n);
  },
  decode: (text) => {
    const n = Number(text);
    return isRowId(n) ? n : undefined;
  },
};

/** A row id or none (encoded as 0). */
export const optionalId: Field<number | null> = {
  pattern: `0|${id.pattern}`,
  encode: (n) => (n === null ? "0" : id.encode(n)),
  decode: (text) => (text === "0" ? null : id.decode(text)),
};

/** A Telegram user or chat id: 1 to 15 digits, no leading zero. */
export const telegramId: Field<number> = {
  pattern: "[1-9][0-9]{0,14}",
  encode(n) {
    if (!Number.isSafeInteger(n) || n <= 0 || n > MAX_TELEGRAM_ID) throw new CallbackDataError(`not a valid Telegram id: ${n}`);
    return String(n);
  },
  decode: Number,
};

/** A page number, 0 to 9999. */
export const page: Field<number> = {
  pattern: "0|[1-9][0-9]{0,3}",
  encode(n) {
    if (!Number.isSafeInteger(n) || n < 0 || n > MAX_PAGE) throw new CallbackDataError(`not a valid page: ${n}`);
    return String(n);
  },
  decode: Number,
};

/** One of a fixed set of values, each with its short code. */
export function choice<T extends string>(codes: Record<T, string>): Field<T> {
  const entries = Object.entries(codes) as [T, string][];
  const byCode = new Map(entries.map(([value, code]) => [code, value]));
  return {
    pattern: entries.map(([, code]) => code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
    encode(value) {
      const code = codes[value];
      if (code === undefined) throw new CallbackDataError(`not a valid choice: ${String(value)}`);
      return code;
    },
    decode: (text) => byCode.get(text),
  };
}

export function callbackData<F extends Record<string, Field<unknown>>>(prefix: string, fields: F): CallbackCodec<Values<F>> {
  return compactCodec(prefix, fields, ":", MAX_CALLBACK_BYTES, "callback data");
}

/** Telegram's limit for a deep link's `start` parameter: 1-64 characters of A-Z a-z 0-9 _ -. */
export const MAX_START_PAYLOAD = 64;
const START_PAYLOAD_CHARS = /^[A-Za-z0-9_-]+$/;

/**
 * A deep link's payload (`t.me/<bot>?start=<payload>`), in the same strict grammar as callback
 * data but joined by "-", since a payload may not contain ":". Anyone can type `/start <anything>`,
 * so decoding is as strict as for buttons.
 */
export function startPayload<F extends Record<string, Field<unknown>>>(prefix: string, fields: F): CallbackCodec<Values<F>> {
  const codec = compactCodec(prefix, fields, "-", MAX_START_PAYLOAD, "start payload");
  return {
    ...codec,
    encode(data) {
      const encoded = codec.encode(data);
      if (!START_PAYLOAD_CHARS.test(encoded)) throw new CallbackDataError(`start payload may hold only A-Z a-z 0-9 _ -: ${encoded}`);
      return encoded;
    },
  };
}

function compactCodec<F extends Record<string, Field<unknown>>>(
  prefix: string,
  fields: F,
  separator: string,
  maxBytes: number,
  what: string,
): CallbackCodec<Values<F>> {
  if (!/^[a-z]+$/.test(prefix)) throw new CallbackDataError(`${what} prefix must be lower-case letters: ${prefix}`);
  const names = Object.keys(fields) as (keyof F & string)[];
  const pattern = new RegExp(`^${[prefix, ...names.map((n) => `(${fields[n]!.pattern})`)].join(separator)}$`);
  return {
    prefix,
    pattern,
    encode(data) {
      const encoded = [prefix, ...names.map((n) => fields[n]!.encode(data[n]))].join(separator);
      const bytes = Buffer.byteLength(encoded, "utf8");
      if (bytes > maxBytes) throw new CallbackDataError(`${what} is ${bytes} bytes, over Telegram's ${maxBytes}: ${encoded}`);
      return encoded;
    },
    decode(input) {
      if (!input || Buffer.byteLength(input, "utf8") > maxBytes) return null;
      const m = pattern.exec(input);
      if (!m) return null;
      const values: Record<string, unknown> = {};
      for (const [i, n] of names.entries()) {
        const value = fields[n]?.decode(m[i + 1] ?? "");
        if (value === undefined) return null;
        values[n] = value;
      }
      return values as Values<F>;
    },
  };
}
