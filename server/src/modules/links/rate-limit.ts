import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RequestContext } from '../../core/context';

/**
 * How many tries one key (a client address) gets. Behind this interface so a shared,
 * database-backed limiter can replace the in-process one without touching the callers.
 */
export interface AttemptLimiter {
  /** Counts one try; `retryAfterMs` when the key is over its allowance. */
  consume(
    ctx: RequestContext,
    key: string,
  ): Promise<{ ok: true } | { ok: false; retryAfterMs: number }>;
}

/** rate-limiter-flexible's memory limiter: `points` tries per `durationSeconds`, per process. */
export function memoryLimiter(points: number, durationSeconds: number): AttemptLimiter {
  const limiter = new RateLimiterMemory({ points, duration: durationSeconds });
  return {
    consume: async (_ctx, key) => {
      try {
        await limiter.consume(key);
        return { ok: true };
      } catch (rejected) {
        if (rejected instanceof RateLimiterRes) {
          return { ok: false, retryAfterMs: rejected.msBeforeNext };
        }
        throw rejected;
      }
    },
  };
}

/** HTTP 429 RATE_LIMITED with Retry-After (DOMAIN.md, Access). */
export function rateLimited(retryAfterMs: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new GraphQLError(`Too many requests; try again in ${seconds} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: seconds,
      http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
    },
  });
}
