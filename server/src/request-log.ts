import { performance } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import type { Logger } from './core/logger';

/**
 * One log line per request as it ends: its id in this process, method, path, status and
 * duration in ms (`responseTime`), at info, warn for 4xx and error for 5xx; a request the
 * client gave up on is logged as aborted. Nothing is built for a line the configured level
 * leaves out, so a quiet log costs a request next to nothing.
 */
export function requestLog(logger: Logger): RequestHandler {
  let lastId = 0;
  return (req, res, next) => {
    const started = performance.now();
    const id = ++lastId;
    const line = (aborted: boolean) => {
      const status = res.statusCode;
      const level = aborted || status >= 400 ? (status >= 500 ? 'error' : 'warn') : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { id, method: req.method, url: req.originalUrl },
          res: { statusCode: status },
          responseTime: Math.round(performance.now() - started),
        },
        aborted ? 'request aborted' : 'request completed',
      );
    };
    res.once('close', () => line(!res.writableFinished));
    next();
  };
}
