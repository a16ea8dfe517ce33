/**
 * Where "now" comes from. The server uses the system clock; tests hand in one they move, so
 * expiry, holds, reversal windows and the daily pass are tested without rewriting rows.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
