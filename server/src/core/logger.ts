import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs, one object per line, written asynchronously so a
 * request never waits on stdout; pino flushes what is left when the process exits.
 */
export function createLogger(level: string): Logger {
  return pino(
    { level, base: { service: 'rewards' } },
    level === 'silent' ? undefined : pino.destination({ dest: 1, sync: false }),
  );
}
