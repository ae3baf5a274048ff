// One process per embedded PGlite directory: PGlite has no locking of its own, and two writers
// would corrupt the files. The lock is a file in the directory holding the owner's pid, host and
// process start time, created atomically (link(2) fails if the file exists, like O_EXCL, and the
// file is never seen half-written). The holder refreshes the file's mtime as a heartbeat: a pid
// on another host (a recreated container, a pod on another node) cannot be checked, so there a
// lock whose heartbeat stopped is what marks it stale. Heartbeats are times of the file system's
// clock (the mtime a file written now gets), and so is the "now" they are judged by: a process
// clock that differs from it (another host's, a test's moved one) cannot make a live lock look
// stale or a dead one fresh.
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

export const LOCK_FILE = "bot.lock";
const HEARTBEAT_MS = 10_000;
/** A lock from another host is stale once its heartbeat is this old. */
const STALE_AFTER_MS = 60_000;

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
        `DATABASE_URL to share a PostgreSQL database. A lock left by a process that died on another ` +
        `host expires ${STALE_AFTER_MS / 1000} s after its last heartbeat; if you are sure nothing else ` +
        `uses the directory, delete ${join(dataDir, LOCK_FILE)}.`,
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

/**
 * The file system's clock: the mtime a file written beside `path` gets now. Heartbeats are
 * stamped with it and judged by it, never by Date.now().
 */
function fileClockNow(path: string): number {
  const probe = `${path}.${process.pid}.now.tmp`;
  writeFileSync(probe, "");
  try {
    return statSync(probe).mtimeMs;
  } finally {
    unlinkSync(probe);
  }
}

/** The lock file's content and the time of its holder's last heartbeat. */
function readOrNull(path: string): { text: string; beatAt: number } | null {
  try {
    const beatAt = statSync(path).mtimeMs;
    return { text: readFileSync(path, "utf8"), beatAt };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

function isAlive(path: string, holder: Holder, beatAt: number, staleAfterMs: number): boolean {
  const self = me();
  // A pid on another host cannot be checked from here: its heartbeat tells.
  if (holder.host !== self.host) return fileClockNow(path) - beatAt < staleAfterMs;
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
export function lockDataDir(
  dataDir: string,
  { heartbeatMs = HEARTBEAT_MS, staleAfterMs = STALE_AFTER_MS }: { heartbeatMs?: number; staleAfterMs?: number } = {},
): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  const mine = JSON.stringify(me());
  const hold = (): DataDirLock => {
    const heartbeat = setInterval(() => {
      try {
        const now = fileClockNow(path) / 1000;
        utimesSync(path, now, now);
      } catch {
        // Deleted by hand: nothing to refresh; the next start judges what it finds.
      }
    }, heartbeatMs);
    heartbeat.unref();
    return {
      release() {
        clearInterval(heartbeat);
        if (readOrNull(path)?.text === mine) unlinkSync(path);
      },
    };
  };

  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, mine)) return hold();
    const read = readOrNull(path);
    if (read === null) continue; // released meanwhile
    const found = read.text;
    const holder = parse(found);
    if (holder && isAlive(path, holder, read.beatAt, staleAfterMs)) throw new DataDirLockedError(dataDir, holder);

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
