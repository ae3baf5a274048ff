import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema.js";

export type Schema = typeof schema;
/** The one handle domain code takes: drizzle over PGlite or postgres.js. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction on that handle. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface DbLogger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
}
