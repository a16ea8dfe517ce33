import { GraphQLError } from 'graphql';

/**
 * The closed set of codes an unexpected failure carries. Expected business failures are not
 * errors: they come back as ErrorResult union members (see results.ts).
 */
export type ErrorCodeName =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'INTERNAL_SERVER_ERROR';

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
