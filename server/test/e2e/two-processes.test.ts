import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestContext } from '../../src/core/context';
import { newId } from '../../src/core/ids';
import { createLogger } from '../../src/core/logger';
import { Database, openDatabase } from '../../src/db/database';
import { createScratchDatabase, ScratchDatabase } from '../../src/db/scratch';
import { createServices, ENTITIES, Services } from '../../src/services';
import { testConfig, TEST_DB } from '../support/harness';
import { expectInvariants } from '../support/invariants';
import { ADMIN, post, ServerProcess, spawnServer } from '../support/process';

// Two server processes on one MySQL database, as behind a load balancer: every request may
// land on either. Money moves under the database's row locks and idempotency keys are rows,
// so nothing is spent or issued twice, and a revoked key stops working in the other process
// within AUTH_CACHE_SECONDS.

const REDEEM = `mutation($input: RedeemInput!) { redeem(input: $input) {
  __typename ... on Redemption { id amount { amount } } ... on ErrorResult { errorCode } } }`;
const ISSUE = `mutation($input: IssueRewardInput!) { issueReward(input: $input) {
  __typename ... on Reward { id } ... on ErrorResult { errorCode } } }`;

const PROFILES = 6;
const REWARDS = [200, 200, 200, 200, 200];

describe.skipIf(TEST_DB !== 'mysql')('two server processes on one database', () => {
  let scratch: ScratchDatabase;
  let db: Database;
  let services: Services;
  let system: RequestContext;
  let servers: ServerProcess[] = [];
  let secret: string;
  let apiKeyId: string;
  let definitionId: string;
  const profiles: string[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase('mysql');
    // Migrated here once, so the two processes start on a ready schema.
    db = await openDatabase(scratch.config, ENTITIES);
    services = createServices(testConfig({ database: scratch.config }));
    system = RequestContext.create(db, { kind: 'system', job: 'test' });
    await services.auth.ensureInitialAdmin(system, ADMIN, createLogger('silent'));
    const key = await services.auth.createApiKey(system, {
      name: 'Checkout',
      scopes: ['REDEEM', 'ISSUE_REWARDS', 'READ_PROFILES'],
    });
    secret = key.secret;
    apiKeyId = key.apiKey.id;
    const types = await services.definitions.listTypes(system, false);
    const definition = await services.definitions.createDefinition(system, {
      handle: 'two-processes',
      name: 'Two processes',
      typeId: types[0].id,
      value: 500,
      expiryPeriod: 1,
      expiryUnit: 'YEARS' as never,
    });
    definitionId = definition.id;
    for (let p = 0; p < PROFILES; p++) {
      const profile = await services.profiles.create(system, { externalId: newId() });
      for (const value of REWARDS) {
        await services.rewards.issue(system, {
          profileId: profile.id,
          definitionId,
          value,
          reason: 'Seed',
          idempotencyKey: newId(),
        });
      }
      profiles.push(profile.id);
    }
    servers = await Promise.all(
      [0, 1].map(() => spawnServer(scratch.config, { AUTH_CACHE_SECONDS: '1', LOG_LEVEL: 'warn' })),
    );
  }, 60_000);

  afterAll(async () => {
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.exited));
    await db?.close();
    await scratch?.drop();
  });

  it('spends each profile at most once across both, retries answered the same by either', async () => {
    // 15 redeems of 100 per profile against 1,000 each, alternating servers, all at once;
    // every third one is sent again with the same key to the other server.
    const sends: Promise<{ key: string; answer: Record<string, any> | undefined }>[] = [];
    profiles.forEach((profileId, p) => {
      for (let i = 0; i < 15; i++) {
        const key = `redeem-${p}-${i}`;
        const input = { profileId, amount: 100, idempotencyKey: key };
        const send = (server: ServerProcess) =>
          post(server.url, REDEEM, { input }, secret).then((o) => ({
            key,
            answer:
              o.kind === 'answered' ? (o.body.data?.redeem as Record<string, any>) : undefined,
          }));
        sends.push(send(servers[i % 2]));
        if (i % 3 === 0) sends.push(send(servers[(i + 1) % 2]));
      }
    });
    const answers = await Promise.all(sends);
    expect(answers.every((a) => a.answer)).toBe(true);

    const byKey = new Map<string, Set<string>>();
    for (const { key, answer } of answers) {
      const seen = byKey.get(key) ?? new Set<string>();
      seen.add(answer!.__typename === 'Redemption' ? answer!.id : answer!.errorCode);
      byKey.set(key, seen);
    }
    // One answer per key, whichever server each copy reached.
    for (const [key, seen] of byKey) expect(seen.size, key).toBe(1);

    for (const [p, profileId] of profiles.entries()) {
      const redeemed = [...byKey.entries()]
        .filter(([key]) => key.startsWith(`redeem-${p}-`))
        .filter(([, seen]) => ![...seen][0].startsWith('INSUFFICIENT'));
      expect(redeemed).toHaveLength(10);
      const [balance] = await services.rewards.balances(system, [profileId]);
      expect(balance?.available ?? 0).toBe(0);
    }
    await expectInvariants(db);
  });

  it('issues once per key when the same issue reaches both at once', async () => {
    const input = {
      profileId: profiles[0],
      definitionId,
      reason: 'Late delivery',
      idempotencyKey: 'issue-both',
    };
    const answers = await Promise.all(
      [0, 1, 0, 1].map((i) => post(servers[i].url, ISSUE, { input }, secret)),
    );
    const ids = new Set(
      answers.map((a) => (a.kind === 'answered' ? a.body.data?.issueReward?.id : a.kind)),
    );
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
    await expectInvariants(db);
  });

  it('a key revoked in one process is refused by the other within its cache bound', async () => {
    const ask = (server: ServerProcess) =>
      post(server.url, '{ settings { defaultCurrency } }', {}, secret).then((o) =>
        o.kind === 'answered' ? (o.body.errors?.[0]?.extensions?.code ?? 'ok') : o.kind,
      );
    expect(await ask(servers[1])).toBe('ok');
    await services.auth.revokeApiKey(system, apiKeyId);
    const revokedAt = Date.now();
    let answer = await ask(servers[1]);
    while (answer === 'ok' && Date.now() - revokedAt < 5_000) {
      await new Promise((r) => setTimeout(r, 100));
      answer = await ask(servers[1]);
    }
    expect(answer).toBe('UNAUTHENTICATED');
    // AUTH_CACHE_SECONDS=1 for these processes, with a little slack for the polling.
    expect(Date.now() - revokedAt).toBeLessThan(2_500);
  });
});
