import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSecurityConfig } from '../../src/config';
import { RateLimitEntity } from '../../src/modules/ratelimits/rate-limit.entity';
import { errorCode, startTestApp, TEST_DB, TestApp } from '../support/harness';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { token } }`;

let t: TestApp;

beforeAll(async () => {
  const security = loadSecurityConfig({}, 'test');
  t = await startTestApp({
    security: {
      ...security,
      rate: {
        ...security.rate,
        apiKeyPerMinute: 5,
        userPerMinute: 8,
        anonymousPerMinute: 40,
        signInFreeFailuresPerAccount: 100,
        signInFreeFailuresPerAddress: 3,
      },
    },
  });
});
afterAll(async () => {
  await t?.close();
});

describe(`rate limits (${TEST_DB})`, () => {
  it('answers an API key past its per-minute limit with 429, Retry-After and RATE_LIMITED', async () => {
    const admin = await t.signIn('ADMIN');
    const created = await admin.gql(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { name: 'Busy till', scopes: ['REDEEM'] } },
    );
    const key = t.client(created.data!.createApiKey.secret as string);
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await key.gql('{ settings { defaultCurrency } }'));
    expect(answers.slice(0, 5).every((a) => a.status === 200 && a.data)).toBe(true);
    const refused = answers[5];
    expect(refused.status).toBe(429);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.data).toBeNull();
  });

  it('limits each staff user on their own, not the next one', async () => {
    const first = await t.signIn('MANAGER');
    const second = await t.signIn('MANAGER');
    let firstRefused = 0;
    for (let i = 0; i < 10; i++) {
      if (errorCode(await first.gql('{ me { id } }')) === 'RATE_LIMITED') firstRefused++;
    }
    expect(firstRefused).toBeGreaterThan(0);
    expect((await second.gql('{ me { id } }')).data?.me).toBeTruthy();
  });

  it('paces sign-in failures per address across accounts, shared through the database', async () => {
    const a = await t.signIn('MANAGER');
    const b = await t.signIn('MANAGER');
    // Three free failures from this address over two accounts; the fourth sets a wait.
    for (const email of [a.email, b.email, a.email, b.email]) {
      const res = await t.anonymous.gql(LOGIN, { email, password: 'wrong password' });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    }
    const res = await t.anonymous.gql(LOGIN, { email: a.email, password: 'correct horse battery' });
    expect(errorCode(res)).toBe('RATE_LIMITED');
    expect(res.status).toBe(429);
    if (TEST_DB === 'mysql') {
      // Every process reads the same counters.
      const rows = await t.db.manager.find(RateLimitEntity);
      expect(rows.some((r) => r.key.includes('address:'))).toBe(true);
    }
  });

  it('limits the public portal per address at 30 a minute, shared through the database', async () => {
    const offer = `query($token: String!) { rewardExtensionOffer(token: $token) { __typename } }`;
    const token = `rwl_${'z'.repeat(43)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await t.anonymous.gql(offer, { token })).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    if (TEST_DB === 'mysql') {
      const rows = await t.db.manager.find(RateLimitEntity);
      expect(rows.some((r) => r.key.startsWith('portal:'))).toBe(true);
    }
  });
});
