import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/harness';

// The built admin app as the server delivers it: compressed, hashed assets cached for good,
// the page itself revalidated every time.
let t: TestApp;
const script = `export const filler = ${JSON.stringify('rewards '.repeat(2000))};\n`;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'rewards-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body>${'<!-- padding -->'.repeat(100)}</body></html>`,
  );
  writeFileSync(join(dist, 'assets', 'index-Ab12Cd34.js'), script);
  t = await startTestApp({ webDist: dist });
});
afterAll(() => t?.close());

describe('delivery of the admin app', () => {
  it('compresses with brotli or gzip, as the browser accepts', async () => {
    for (const encoding of ['br', 'gzip']) {
      const res = await fetch(`${t.url}/assets/index-Ab12Cd34.js`, {
        headers: { 'accept-encoding': encoding },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(await res.text()).toBe(script);
    }
    const page = await fetch(`${t.url}/profiles/p1`, {
      headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
    });
    expect(page.headers.get('content-encoding')).toBe('gzip');
  });

  it('caches hashed assets for a year as immutable, and revalidates the page', async () => {
    const asset = await fetch(`${t.url}/assets/index-Ab12Cd34.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await fetch(`${t.url}/`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    // A missing asset is a 404, never the page in its place.
    const missing = await fetch(`${t.url}/assets/index-00000000.js`);
    expect(missing.status).toBe(404);
  });

  it('compresses API answers too', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': 'gzip',
        'apollo-require-preflight': 'true',
      },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it('marks API answers as never to be stored by a cache, refusals included', async () => {
    for (const query of ['{ __typename }', '{ settings { defaultCurrency } }', '{ nope }']) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});
