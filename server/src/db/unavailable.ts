// Errors that mean "the database cannot be reached now" (a restart, a network cut, a full
// connection table, a closed pool), as opposed to a bug or a refused statement. Clients get
// 503 SERVICE_UNAVAILABLE with Retry-After for these and may retry; the pool reconnects on
// its own when the server is back.

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
]);

// MySQL client errors: can't connect (2002, 2003), server gone (2006), lost (2013).
const CLIENT_ERRNOS = new Set([2002, 2003, 2006, 2013, 1040, 1053]);

const MESSAGES = [
  /pool is closed/i,
  /connection lost/i,
  /can't add new command when connection is in closed state/i,
  /connection is not open/i,
  /database connection is not open/i,
  /driver not connected/i,
  /connection .*is not established/i,
  /datasource is not initialized/i,
  /connection terminated/i,
];

type Inspectable = {
  code?: unknown;
  errno?: unknown;
  fatal?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  originalError?: unknown;
};

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as Inspectable;
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  if (typeof e.errno === 'number' && CLIENT_ERRNOS.has(e.errno)) return true;
  // mysql2 marks errors that ended the connection as fatal.
  if (e.fatal === true) return true;
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) {
    return true;
  }
  return (
    isDatabaseUnavailable(e.driverError, depth + 1) ||
    isDatabaseUnavailable(e.cause, depth + 1) ||
    isDatabaseUnavailable(e.originalError, depth + 1)
  );
}
