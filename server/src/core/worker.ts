import { inBackground } from '../db/statements';
import type { Logger } from './logger';
import type { Running } from './module';

/**
 * Runs `round` every `intervalMs` while the server is up, at once again while it finds work.
 * Nothing it holds is in memory only: the queue is rows, so a restart picks up where it was.
 */
export function startWorker(
  name: string,
  round: () => Promise<number>,
  intervalMs: number,
  logger: Logger,
): Running {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const tick = () => {
    current = (async () => {
      let found = 0;
      try {
        found = await inBackground(round);
      } catch (err) {
        if (!stopped) logger.error({ err, worker: name }, 'background round failed');
      }
      if (!stopped) timer = setTimeout(tick, found > 0 ? 0 : intervalMs);
    })();
  };
  timer = setTimeout(tick, intervalMs);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
