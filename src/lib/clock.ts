/** Time is an input: domain code asks a Clock instead of calling `new Date()` itself. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
