/** A Games, sport or other row named by id or slug does not exist (e.g. a stale button). */
export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly key: number | string,
  ) {
    super(`${entity} ${JSON.stringify(key)} not found`);
    this.name = "NotFoundError";
  }
}
