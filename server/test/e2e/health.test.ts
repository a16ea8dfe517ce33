import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSecurityConfig } from '../../src/config';
import { startTestApp, TEST_DB, TestApp } from '../support/harness';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close().catch(() => undefined);
  t = undefined;
});

async function health(url: string) {
  const res = await fetch(`${url}/health`);
  return { status: res.status, body: await res.json() };
}

/** A TCP relay in front of the database that the test can cut and restore. */
async function startRelay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    get port() {
      return port;
    },
    cut: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server!.close(() => r()));
    },
    restore: listen,
  };
}

describe('/health', () => {
  it('answers 200 ok while the database answers', async () => {
    t = await startTestApp();
    expect(await health(t.url)).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('answers 503 once the database connection is gone', async () => {
    t = await startTestApp();
    await t.db.dataSource.destroy();
    expect(await health(t.url)).toEqual({ status: 503, body: { status: 'unavailable' } });
  });

  it('GraphQL answers 503 SERVICE_UNAVAILABLE with Retry-After, not a 500, without a database', async () => {
    t = await startTestApp();
    const admin = await t.signIn('ADMIN');
    await t.db.dataSource.destroy();
    // A signed-in read (its session is looked up first) and an anonymous sign-in.
    const requests = [
      () => admin.gql('{ profiles { totalCount } }'),
      () =>
        t!.anonymous.gql(
          'mutation { login(email: "someone@example.com", password: "a password") { token } }',
        ),
    ];
    for (const send of requests) {
      const started = performance.now();
      const res = await send();
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(res.errors)).not.toMatch(/ECONN|sqlite|connection/i);
    }
  });

  it.runIf(TEST_DB === 'mysql')(
    'answers 503 while the MySQL server is unreachable, and 200 again when it is back',
    async () => {
      // The app reaches MySQL through a relay; cutting it is the network going away.
      const probe = await startTestApp();
      const dbConfig = probe.config.database;
      if (dbConfig.kind !== 'mysql') throw new Error('expected MySQL');
      const relay = await startRelay({ host: dbConfig.host, port: dbConfig.port });
      const { openDatabase } = await import('../../src/db/database');
      const { createApp } = await import('../../src/app');
      const { createLogger } = await import('../../src/core/logger');
      const { ENTITIES } = await import('../../src/services');
      const db = await openDatabase({ ...dbConfig, host: '127.0.0.1', port: relay.port }, ENTITIES);
      const app = await createApp({
        config: probe.config,
        db,
        logger: createLogger('silent'),
        services: probe.services,
        clock: probe.clock,
      });
      await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const gql = async (query: string) => {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
      };
      const admin = await probe.signIn('ADMIN');
      const token = admin.token;
      try {
        expect((await health(url)).status).toBe(200);
        expect((await gql('{ me { id } }')).status).toBe(200);
        await relay.cut();
        expect(await health(url)).toEqual({ status: 503, body: { status: 'unavailable' } });
        // Every request while it is away: 503 SERVICE_UNAVAILABLE with Retry-After, fast.
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          const res = await gql('{ me { id } profiles { totalCount } }');
          expect(performance.now() - started).toBeLessThan(1_000);
          expect(res.status).toBe(503);
          expect(res.retryAfter).toBe('2');
          expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        }
        await relay.restore();
        expect((await health(url)).status).toBe(200);
        // Back without a restart: the pool reconnects on its own.
        const back = await gql('{ me { id } profiles { totalCount } }');
        expect(back.status).toBe(200);
        expect(back.body.errors).toBeUndefined();
      } finally {
        await app.stop();
        await db.close();
        await relay.cut().catch(() => undefined);
        t = probe;
      }
    },
  );
});

describe('security headers', () => {
  it('are sent with API answers', async () => {
    t = await startTestApp();
    const res = await fetch(`${t.url}/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  /** A stand-in for the built admin SPA. */
  function builtApp(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rewards-web-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Rewards</title>');
    return dir;
  }

  async function headersOf(url: string) {
    const page = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
    const api = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return { page, api };
  }

  it('carry a Content-Security-Policy on / and /graphql, and HSTS when it is on', async () => {
    t = await startTestApp({
      webDist: builtApp(),
      security: { ...loadSecurityConfig({}, 'production'), sessionIdleMinutes: 60 * 24 * 90 },
    });
    const { page, api } = await headersOf(t.url);
    expect(page.status).toBe(200);
    expect(api.status).toBe(200);
    for (const res of [page, api]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    // No landing page outside development: a browser's GET of /graphql gets no Sandbox.
    const landing = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toContain('apollographql.com');
  });

  it('carry no HSTS in development by default, and a CSP that lets Apollo Sandbox load', async () => {
    t = await startTestApp({
      env: 'development',
      webDist: builtApp(),
      security: { ...loadSecurityConfig({}, 'development'), sessionIdleMinutes: 60 * 24 * 90 },
    });
    const { page, api } = await headersOf(t.url);
    for (const res of [page, api]) {
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
    const sandbox = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(sandbox.headers.get('content-security-policy')).toContain(
      'https://embeddable-sandbox.cdn.apollographql.com',
    );
    expect(sandbox.headers.get('strict-transport-security')).toBeNull();
  });
});
