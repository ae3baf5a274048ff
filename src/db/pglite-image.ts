// A prepared image of a new embedded database: initdb and the committed migrations, done once and
// kept as a tarball (PGlite's dumpDataDir), so a new data directory starts from it (PGlite's
// loadDataDir) instead of running initdb and every migration again.
//
// Correctness never depends on the image: the caller still runs the migrations and the reference
// data load after loading one, as on any start (the migrations are then a no-op). The image holds
// no reference data: the seed load stays at start, so what it writes (and when: its timestamps)
// is exactly what a start without an image writes, and the image needs no key over the loader's
// code, only over what it does hold.
//
// The key is a hash of: this format's version, the PGlite version (initdb, the catalog layout,
// the tarball format: a tarball dumped by one version is never loaded by another), the
// drizzle-orm version (its migrator writes drizzle.__drizzle_migrations) and every file in the
// migrations folder. The file's name is the key; an image is only read under its own key, so a
// stale one is never loaded, and the newest few are kept.
//
// Where: first db-image/ (SHIPPED_IMAGES), the image committed with the code, written by
// `npm run db:image` (about 5MB gzipped; a test fails while it is not the committed migrations'
// image), so a new database never runs initdb, whose second PGlite instance would peak the process
// near 900MB. Then a per-user cache directory ($XDG_CACHE_HOME or ~/.cache, then
// olympic-licenses-bot/pglite-images), filled lazily when a new database had no image (a checkout
// whose migrations are newer than the shipped image): that database is made the slow way, and its
// image is dumped from it right after the migrations (about 0.15 s; gzip and the write then run in
// the background), for every later new database there. A cache that cannot be written only loses
// the speed.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gunzipSync, gzip } from "node:zlib";
import type { PGlite } from "@electric-sql/pglite";
import type { DbLogger } from "./handle.js";
import { MIGRATIONS_FOLDER } from "./migrate.js";

const gzipAsync = promisify(gzip);

/**
 * Bump when what an image holds or how it is made changes. 2: without the bot's lock file (images
 * of format 1 dumped from a directory on disk held it).
 */
const FORMAT = 2;
/** Images kept in the cache directory (several checkouts or branches may share it). */
const KEEP = 4;
const PREFIX = "pglite-";
const SUFFIX = ".tar.gz";

export interface ImageInputs {
  migrationsFolder: string;
  pgliteVersion: string;
  drizzleVersion: string;
}

export interface PgliteImage {
  key: string;
  /** The uncompressed tarball, for PGlite's `loadDataDir`. */
  tar: Blob;
  /** Removes the cached file, e.g. when PGlite could not load it. */
  discard(): void;
}

/**
 * The image committed with the code (`npm run db:image` writes it): a new database on a fresh
 * clone or in a new container starts from it, so no start ever runs initdb, whose second PGlite
 * instance peaks the process near 900 MB (the image peaks it near 400 MB). Read-only: never
 * touched, removed or replaced by the bot. tests/db/pglite-image.test.ts fails while it is not the
 * image of the committed migrations and the installed PGlite and drizzle-orm.
 */
export const SHIPPED_IMAGES = fileURLToPath(new URL("../../db-image", import.meta.url));

/** The default cache directory of the images. */
export function defaultImageCache(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "olympic-licenses-bot", "pglite-images");
}

/** What the image of the installed PGlite and drizzle-orm with the committed migrations depends on. */
export function currentImageInputs(migrationsFolder: string = MIGRATIONS_FOLDER): ImageInputs {
  return {
    migrationsFolder,
    pgliteVersion: packageVersion("@electric-sql/pglite"),
    drizzleVersion: packageVersion("drizzle-orm"),
  };
}

/** The image's key: the PGlite version (readable in the file name) and a hash of all inputs. */
export function imageKey(inputs: ImageInputs): string {
  const hash = createHash("sha256");
  hash.update(`format ${FORMAT}\npglite ${inputs.pgliteVersion}\ndrizzle-orm ${inputs.drizzleVersion}\n`);
  for (const file of listFiles(inputs.migrationsFolder)) {
    const content = readFileSync(join(inputs.migrationsFolder, file));
    hash.update(`${file}\n${content.length}\n`);
    hash.update(content);
  }
  return `${inputs.pgliteVersion}-${hash.digest("hex").slice(0, 32)}`;
}

export function imageFile(cacheDir: string, key: string): string {
  return join(cacheDir, `${PREFIX}${key}${SUFFIX}`);
}

/**
 * The cached image under `key`, or null when there is none or it is damaged (then it is removed,
 * unless `readOnly`: the shipped one).
 */
export function readImage(cacheDir: string, key: string, logger?: DbLogger, readOnly = false): PgliteImage | null {
  const file = imageFile(cacheDir, key);
  let gz: Buffer;
  try {
    gz = readFileSync(file);
  } catch {
    return null;
  }
  try {
    const tar = gunzipSync(gz);
    if (readOnly) return { key, tar: tarBlob(tar), discard: () => {} };
    // Used now: kept by prune() over images not used for longer.
    const now = new Date();
    utimesSync(file, now, now);
    return { key, tar: tarBlob(tar), discard: () => rmSync(file, { force: true }) };
  } catch (err) {
    logger?.warn({ err, file }, "the embedded database's cached image is damaged; it will be made again");
    if (!readOnly) rmSync(file, { force: true });
    return null;
  }
}

/**
 * The data directory of `pg` as an image: to be called on a database initdb has just made and the
 * migrations have just been applied to, before anything else writes to it. `notPostgres` names
 * the top-level entries that are not PostgreSQL's (the bot's lock file), left out of the image.
 */
export async function dumpImage(pg: PGlite, notPostgres: (name: string) => boolean = () => false): Promise<Uint8Array> {
  // Everything in the data files, so a database loaded from the image has no WAL to replay.
  await pg.exec("checkpoint");
  return withoutEntries(new Uint8Array(await (await pg.dumpDataDir("none")).arrayBuffer()), notPostgres);
}

/**
 * The tarball less the entries whose first path component `drop` names. Hand-written because
 * dumpDataDir takes the whole data directory and has no filter, while the bot keeps its lock
 * file there: loaded into another directory, the image would overwrite that one's lock. A tar is
 * 512-byte headers (name at 0, size in octal at 124, ustar name prefix at 345), each followed by
 * its data padded to 512 bytes, and ends with two zero blocks.
 */
export function withoutEntries(tar: Uint8Array, drop: (name: string) => boolean): Uint8Array {
  const field = (header: Uint8Array, at: number, length: number) => {
    const bytes = header.subarray(at, at + length);
    const nul = bytes.indexOf(0);
    return Buffer.from(nul < 0 ? bytes : bytes.subarray(0, nul)).toString("utf8");
  };
  const kept: Uint8Array[] = [];
  let at = 0;
  while (at + 512 <= tar.length) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const size = Number.parseInt(field(header, 124, 12).trim() || "0", 8);
    if (!Number.isFinite(size)) throw new Error(`unreadable tar header at ${at}`);
    const end = at + 512 + Math.ceil(size / 512) * 512;
    const name = [field(header, 345, 155), field(header, 0, 100)].filter(Boolean).join("/");
    const top = name.replace(/^\/+/, "").split("/")[0]!;
    if (!drop(top)) kept.push(tar.subarray(at, end));
    at = end;
  }
  kept.push(new Uint8Array(1024));
  return Buffer.concat(kept);
}

/**
 * Stores an image under `key` (gzip runs on libuv's thread pool, off the event loop) and prunes
 * the cache. Written aside and renamed: a reader never sees half a file, and processes storing
 * the same image at once (test workers) each rename a whole one.
 */
export async function storeImage(cacheDir: string, key: string, tar: Uint8Array, level = 1): Promise<void> {
  const file = imageFile(cacheDir, key);
  await mkdir(cacheDir, { recursive: true });
  const gz = await gzipAsync(tar, { level });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  try {
    await writeFile(partial, gz);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  prune(cacheDir, file);
}

function tarBlob(tar: Uint8Array): Blob {
  // An uncompressed tar: PGlite's loadTar only unzips what its type or name says is gzipped.
  return new Blob([tar], { type: "application/x-tar" });
}

/** Keeps the KEEP most recently used images (and `current`) and drops partial files an hour old. */
function prune(cacheDir: string, current: string): void {
  const entries = readdirSync(cacheDir)
    .filter((name) => name.startsWith(PREFIX))
    .map((name) => {
      const path = join(cacheDir, name);
      try {
        return { path, name, mtime: statSync(path).mtimeMs };
      } catch {
        return null;
      }
    })
    .filter((e) => e !== null);
  const images = entries.filter((e) => e.name.endsWith(SUFFIX) && e.path !== current).sort((a, b) => b.mtime - a.mtime);
  for (const old of images.slice(KEEP - 1)) rmSync(old.path, { force: true });
  for (const partial of entries.filter((e) => e.name.endsWith(".partial") && Date.now() - e.mtime > 3_600_000)) {
    rmSync(partial.path, { force: true });
  }
}

/** Files under `dir`, as sorted relative paths with "/" separators. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * An installed package's version. Neither PGlite nor drizzle-orm exports its package.json, so
 * it is found beside the entry point `require.resolve` gives.
 */
function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    } catch {
      // not here: look further up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the version of ${name}`);
    dir = parent;
  }
}
