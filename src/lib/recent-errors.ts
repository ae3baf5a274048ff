/**
 * The last few failures of a process, for an owner's /status. Text only, scrubbed by the caller's
 * `scrub` (the secrets of the config) and clipped: never the error object, whose fields (a request
 * URL with the token in it) no one has looked at.
 */
export interface RecordedError<S extends string> {
  at: Date;
  source: S;
  message: string;
  /** The same failure again and again (every fan's update during an outage) is one entry: `at` is its latest. */
  count: number;
}

const MESSAGE_CHARS = 500;

export class RecentErrors<S extends string> {
  private readonly entries: RecordedError<S>[] = [];

  constructor(private readonly options: { size: number; scrub: (text: string) => string; now: () => Date }) {}

  record(source: S, error: unknown): void {
    const text = describe(error);
    const message = this.options.scrub(text).slice(0, MESSAGE_CHARS);
    const at = this.options.now();
    const latest = this.entries[0];
    if (latest && latest.source === source && latest.message === message) {
      latest.count += 1;
      latest.at = at;
      return;
    }
    this.entries.unshift({ at, source, message, count: 1 });
    this.entries.length = Math.min(this.entries.length, this.options.size);
  }

  /** The latest first. */
  list(): RecordedError<S>[] {
    return this.entries.map((e) => ({ ...e }));
  }
}

/**
 * "Name: message". Drizzle wraps a driver's error in one whose message is the statement and its
 * parameters (user data): the driver's own error is told instead.
 */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.message.startsWith("Failed query:"))
    return error.cause instanceof Error ? describe(error.cause) : `${error.name}: a query failed`;
  return `${error.name}: ${error.message}`;
}
