import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import type { Logger } from '../core/logger';
import { isDatabaseUnavailable } from '../db/unavailable';

// Codes produced by GraphQL itself or Apollo before any resolver runs; passed through as is.
const PASS_THROUGH = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'TIMEOUT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
]);

function isUniqueViolation(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driverError = err.driverError as { errno?: number; code?: string } | undefined;
  return driverError?.errno === 1062 || driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** The one place errors are shaped for clients; anything unexpected is logged and hidden. */
export function createErrorFormatter(logger: Logger, exposeInternals: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const details = original.extensions.validationErrors as
        { property: string; constraints?: Record<string, string> }[] | undefined;
      const messages = (details ?? []).flatMap((d) => Object.values(d.constraints ?? {}));
      return {
        message: messages.length ? messages.join('; ') : 'Invalid input.',
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: (details ?? []).map((d) => d.property),
        },
      };
    }
    if (isUniqueViolation(original)) {
      // Two writers raced to create the same unique thing (an email, handle, external id);
      // the loser is told plainly, as the check before the insert would have told it.
      return {
        message: 'That already exists (a unique value is taken).',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) return formatted;
    if (isDatabaseUnavailable(original)) {
      // Clients retry these (503 and Retry-After are set on the answer); not a bug to log loudly.
      logger.warn({ err: original, path: formatted.path }, 'database unavailable');
      return {
        message: 'The service is briefly unavailable; try again shortly.',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    // graphql-js stops coercing variables after 50 problems with an error of its own, without
    // a code; it is about the request's input like the 50 before it.
    if (!formatted.path && formatted.message.startsWith('Too many errors processing variables')) {
      return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
    return {
      message: exposeInternals ? formatted.message : 'Internal server error.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
