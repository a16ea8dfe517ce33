import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: Record<string, string>;
  body: string;
  at: number;
}

/** What the receiver does with one request: answer with a status, or wait before answering. */
export type Behaviour = { status: number } | { delayMs: number; status: number };

/**
 * A local HTTP server standing in for a brand's webhook receiver. Requests are recorded;
 * answers follow the queued behaviours, then `fallback`.
 */
export async function startReceiver() {
  const received: Received[] = [];
  const queue: Behaviour[] = [];
  let fallback: Behaviour = { status: 200 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const behaviour = queue.shift() ?? fallback;
      received.push({
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      const answer = () => {
        if (!res.destroyed) res.writeHead(behaviour.status).end('ok');
      };
      if ('delayMs' in behaviour) setTimeout(answer, behaviour.delayMs);
      else answer();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** Answers the next requests this way, in order. */
    next: (...behaviours: Behaviour[]) => queue.push(...behaviours),
    /** How every request beyond the queue is answered. */
    always: (behaviour: Behaviour) => {
      fallback = behaviour;
    },
    clear: () => {
      received.length = 0;
      queue.length = 0;
      fallback = { status: 200 };
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Polls until `check` gives a value (not undefined/false) or the time is up. */
export async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
