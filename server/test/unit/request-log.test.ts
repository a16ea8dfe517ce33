import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestLog } from '../../src/request-log';

const lines: Record<string, unknown>[] = [];
let server: http.Server;
let url: string;
let level = 'info';

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const app = express();
  app.use((req, _res, next) => {
    logger.level = level;
    next();
  });
  app.use(requestLog(logger));
  app.get('/ok', (_req, res) => void res.send('fine'));
  app.get('/missing', (_req, res) => void res.status(404).send('no'));
  app.get('/broken', (_req, res) => void res.status(503).send('down'));
  app.get('/slow', (_req, res) => void setTimeout(() => res.send('late'), 300));
  server = app.listen(0);
  await new Promise((r) => server.once('listening', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('the request log', () => {
  it('writes one line per request with its status, duration and a level by status', async () => {
    level = 'info';
    lines.length = 0;
    for (const path of ['/ok', '/missing', '/broken']) await fetch(url + path);
    await settle();
    expect(
      lines.map((l) => [
        l.level,
        l.msg,
        (l.req as { url: string }).url,
        (l.res as { statusCode: number }).statusCode,
      ]),
    ).toEqual([
      [30, 'request completed', '/ok', 200],
      [40, 'request completed', '/missing', 404],
      [50, 'request completed', '/broken', 503],
    ]);
    expect(typeof lines[0].responseTime).toBe('number');
    const ids = lines.map((l) => (l.req as { id: number }).id);
    expect(new Set(ids).size).toBe(3);
  });

  it('leaves out what the level leaves out', async () => {
    level = 'warn';
    lines.length = 0;
    await fetch(`${url}/ok`);
    await fetch(`${url}/missing`);
    await settle();
    expect(lines.map((l) => (l.res as { statusCode: number }).statusCode)).toEqual([404]);
  });

  it('logs a request the client gave up on as aborted', async () => {
    level = 'info';
    lines.length = 0;
    const gone = new AbortController();
    const pending = fetch(`${url}/slow`, { signal: gone.signal }).catch(() => null);
    await new Promise((r) => setTimeout(r, 100));
    gone.abort();
    await pending;
    await new Promise((r) => setTimeout(r, 400));
    expect(lines.map((l) => [l.level, l.msg])).toEqual([[40, 'request aborted']]);
  });
});
