import { createConnection, type Socket } from "node:net";
import type postgres from "postgres";

type Options = postgres.Options<Record<string, postgres.PostgresType>>;

/**
 * postgres.js settings under which a database outage rejects queries instead of hanging them:
 * - connect_timeout bounds a server that accepts TCP but never answers;
 * - the reconnect backoff is capped at 2 s (its default grows to 20 s, which every message would
 *   wait through during an outage);
 * - keep_alive notices a vanished server on an idle connection within seconds, not minutes;
 * - the socket factory below works around porsager/postgres#1193.
 */
export function postgresOptions(extra: Options = {}): Options {
  return {
    connect_timeout: 5,
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 2),
    keep_alive: 15,
    onnotice: () => {},
    socket: closeBeforeAnswerIsAnError(),
    ...extra,
    // Merged, not replaced: a pool's own settings (a statement timeout) keep the name in pg_stat_activity.
    connection: { application_name: "olympic-licenses-bot", ...extra.connection },
  } as Options;
}

/**
 * postgres.js 3.4 retries forever, with no delay, when a server accepts a connection and closes
 * it before answering (porsager/postgres#1193) — what a restarting database behind docker-proxy
 * or a pooler does — and the query never settles. This socket factory turns that clean close
 * into a socket error, so the query rejects like in any other outage.
 */
function closeBeforeAnswerIsAnError() {
  let attempt = 0;
  return (o: { host: string[]; port: number[]; path?: string | false }): Socket => {
    const i = attempt++ % Math.max(o.host.length, 1);
    const socket = o.path ? createConnection(o.path) : createConnection(o.port[i] ?? 5432, o.host[i] ?? "localhost");
    socket.once("end", () => {
      if (socket.bytesRead > 0) return;
      const err = Object.assign(new Error("PostgreSQL closed the connection before answering"), {
        code: "CONNECTION_CLOSED",
      });
      socket.destroy(err);
    });
    return socket;
  };
}
