// One process per embedded PGlite directory: PGlite has no locking of its own, and two writers
// would corrupt the files. The lock is a file in the directory holding the owner's pid, host and
// process start time, created atomically (link(2) fails if the file exists, like O_EXCL, and the
// file is never seen half-written).
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

export const LOCK_FILE = "bot.lock";

interface Holder {
  pid: number;
  host: string;
  /** performance.timeOrigin of the holder: tells this process from an earlier one with the same pid. */
  started: number;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: { pid: number; host: string } | null,
  ) {
    const who = holder ? `process ${holder.pid} on ${holder.host}` : "another process";
    super(
      `The data directory ${dataDir} is already in use by ${who}. Only one bot can use an embedded ` +
        `database directory at a time: stop the other one, give this one its own DATA_DIR, or set ` +
        `DATABASE_URL to share a PostgreSQL database. If you are sure nothing else uses it, delete ` +
        `${join(dataDir, LOCK_FILE)}.`,
    );
    this.name = "DataDirLockedError";
  }
}

export interface DataDirLock {
  /** Removes the lock file if it is still ours. Safe to call more than once. */
  release(): void;
}

function me(): Holder {
  return { pid: process.pid, host: hostname(), started: performance.timeOrigin };
}

function parse(text: string): Holder | null {
  try {
    const h = JSON.parse(text) as Partial<Holder>;
    if (typeof h.pid === "number" && typeof h.host === "string" && typeof h.started === "number") {
      return { pid: h.pid, host: h.host, started: h.started };
    }
  } catch {
    // fall through: unreadable content cannot name a live holder
  }
  return null;
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

function isAlive(holder: Holder): boolean {
  const self = me();
  // A pid on another host cannot be checked from here: assume it is running.
  if (holder.host !== self.host) return true;
  // Our own pid: this very process holds it, or an earlier one that had our pid (a restarted container).
  if (holder.pid === self.pid) return holder.started === self.started;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function tryCreate(path: string, content: string): boolean {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, content);
  try {
    linkSync(temp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  } finally {
    unlinkSync(temp);
  }
}

/** Takes the lock on an existing directory or throws DataDirLockedError. */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  const mine = JSON.stringify(me());
  const release = () => {
    if (readOrNull(path) === mine) unlinkSync(path);
  };

  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, mine)) return { release };
    const found = readOrNull(path);
    if (found === null) continue; // released meanwhile
    const holder = parse(found);
    if (holder && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);

    // Stale: move it aside, then make sure what we moved is the stale lock we judged and not a
    // fresh one another starting process created in between.
    const aside = `${path}.${process.pid}.stale`;
    try {
      renameSync(path, aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw err;
    }
    const moved = readFileSync(aside, "utf8");
    if (moved !== found) {
      try {
        linkSync(aside, path);
      } catch {
        // Yet another process took the lock meanwhile; its lock stands.
      }
      unlinkSync(aside);
      throw new DataDirLockedError(dataDir, parse(moved));
    }
    unlinkSync(aside);
  }
  throw new DataDirLockedError(dataDir, null);
}
