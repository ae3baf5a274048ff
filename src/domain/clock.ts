/** Time is an input: domain code asks a Clock instead of calling `new Date()` itself. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock stuck at one instant, for tests and reproducible runs. */
export function fixedClock(at: Date | string): Clock {
  const ms = new Date(at).getTime();
  return () => new Date(ms);
}
