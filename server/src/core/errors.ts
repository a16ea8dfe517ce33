import { GraphQLError } from 'graphql';

/**
 * The closed set of codes an unexpected failure carries. Expected business failures are not
 * errors: they come back as ErrorResult union members (see results.ts).
 */
export type ErrorCodeName =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'INTERNAL_SERVER_ERROR'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'TIMEOUT';

/** Apollo reads `extensions.http` for the answer's status and headers (and strips it). */
function http(status: number, retryAfterSeconds: number) {
  return {
    status,
    headers: new Map([['retry-after', String(Math.max(1, Math.ceil(retryAfterSeconds)))]]),
  };
}

/** Too many requests: HTTP 429 with Retry-After, code RATE_LIMITED. */
export function rateLimited(retryAfterSeconds: number, message?: string): GraphQLError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new GraphQLError(message ?? `Too many requests. Try again in ${seconds} s.`, {
    extensions: { code: 'RATE_LIMITED', retryAfter: seconds, http: http(429, seconds) },
  });
}

/** Seconds a client should wait before retrying when the database is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

/** The database cannot be reached: HTTP 503 with Retry-After, code SERVICE_UNAVAILABLE. */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('The service is briefly unavailable; try again shortly.', {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      http: http(503, UNAVAILABLE_RETRY_AFTER_SECONDS),
    },
  });
}

/** The request ran past its time budget: HTTP 503 with Retry-After, code TIMEOUT. */
export function timedOut(ms: number): GraphQLError {
  return new GraphQLError(
    `The request took longer than its ${ms} ms budget and was stopped. A retry with the same ` +
      'idempotency key is safe.',
    { extensions: { code: 'TIMEOUT', http: http(503, 1) } },
  );
}

export function unauthenticated(message = 'Sign in or send a valid API key.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Malformed input, named by field; thrown before anything is written. */
export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
  });
}
