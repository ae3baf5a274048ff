import { PGlite } from "@electric-sql/pglite";

/**
 * PostgreSQL settings for the embedded database, given at every start (`-c name=value`, which
 * outrank the postgresql.conf initdb wrote, so they apply to existing data directories too).
 *
 * Why (PGlite 0.5, measured with `npm run bench -- memory`, see bench/results/memory.jsonl):
 * PGlite runs PostgreSQL's single backend in WebAssembly, and its "shared memory" is an anonymous
 * mmap that emscripten zero-fills, so every byte of it is resident from the start, used or not.
 * initdb sizes shared_buffers at 128MB, which makes 145MB of shared memory and grows the
 * WebAssembly heap past its 128MB initial size (PGlite's default `initialMemory`; the module
 * refuses less). The bot's database is a few MB, and the data directory is read through Node's
 * fs (NODEFS), so the OS page cache still holds what the buffer pool drops. 16MB gives 24MB of
 * shared memory, about 120MB less resident.
 *
 * maintenance_work_mem (CREATE INDEX in migrations, VACUUM) bounds a single allocation of the
 * WebAssembly heap, which never shrinks: 64MB once means 64MB for the life of the process.
 *
 * Left at PostgreSQL's defaults, as on the PostgreSQL server the bot also runs on: work_mem
 * (4MB, per sort or hash, allocated only while one runs), temp_buffers (only for temporary
 * tables, which the bot does not use), wal_buffers (-1: 1/32 of shared_buffers),
 * effective_cache_size (a planner estimate, allocates nothing).
 */
export const PGLITE_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: "16MB",
  maintenance_work_mem: "16MB",
};

/** PGlite's own start parameters (its `startParams` replaces them, so they come first) and ours. */
export function pgliteStartParams(settings: Readonly<Record<string, string>> = PGLITE_SETTINGS): string[] {
  return [...PGlite.defaultStartParams, ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`])];
}
