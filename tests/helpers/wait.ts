/**
 * Polls until `check` passes, and returns what it returned; after `timeoutMs` (real time: the
 * monotonic clock, whatever a test did to the wall clock) it fails with the check's last error.
 * The one way tests wait for an effect they can see but not be told of (a row written, a log line,
 * a counter): vitest's expect.poll and hand-written loops are not used.
 */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 5000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (performance.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
