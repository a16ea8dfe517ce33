import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestContext } from '../../src/core/context';
import { newId } from '../../src/core/ids';
import { createLogger } from '../../src/core/logger';
import { Database, openDatabase } from '../../src/db/database';
import { createScratchDatabase, ScratchDatabase } from '../../src/db/scratch';
import { RedemptionEntity } from '../../src/modules/redemptions/redemption.entity';
import { createServices, ENTITIES } from '../../src/services';
import { testConfig, TEST_DB } from '../support/harness';
import { expectInvariants } from '../support/invariants';
import { ADMIN, Outcome, post, ServerProcess, spawnServer } from '../support/process';

// The server is killed (SIGKILL) in the middle of a redeem load, again and again. After each
// restart the client retries every request that got no answer, with the same idempotency
// key, as a real checkout would. Then the books are reconciled: every acknowledged redeem
// happened exactly once, nothing unacknowledged happened without its key answering it, and
// the ledger invariants hold. CRASH_KILLS sets how many kills (CI: 3; see the README).

const KILLS = Number(process.env.CRASH_KILLS ?? 3);
const REDEEM = `mutation($input: RedeemInput!) { redeem(input: $input) {
  __typename ... on Redemption { id } ... on ErrorResult { errorCode } } }`;

interface Attempt {
  input: { profileId: string; amount: number; idempotencyKey: string };
  answer?: string;
}

describe(`crash and retry by key (${TEST_DB})`, () => {
  let scratch: ScratchDatabase;
  let db: Database;
  let secret: string;
  const profiles: string[] = [];
  let server: ServerProcess | null = null;

  beforeAll(async () => {
    scratch = await createScratchDatabase(TEST_DB);
    db = await openDatabase(scratch.config, ENTITIES);
    const services = createServices(testConfig({ database: scratch.config }));
    const system = RequestContext.create(db, { kind: 'system', job: 'test' });
    await services.auth.ensureInitialAdmin(system, ADMIN, createLogger('silent'));
    secret = (await services.auth.createApiKey(system, { name: 'Till', scopes: ['REDEEM'] }))
      .secret;
    const types = await services.definitions.listTypes(system, false);
    const definition = await services.definitions.createDefinition(system, {
      handle: 'crash',
      name: 'Crash',
      typeId: types[0].id,
      value: 100_000,
      expiryPeriod: 1,
      expiryUnit: 'YEARS' as never,
    });
    for (let p = 0; p < 8; p++) {
      const profile = await services.profiles.create(system, { externalId: newId() });
      await services.rewards.issue(system, {
        profileId: profile.id,
        definitionId: definition.id,
        reason: 'Seed',
        idempotencyKey: newId(),
      });
      profiles.push(profile.id);
    }
  }, 60_000);

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await db?.close();
    await scratch?.drop();
  });

  const answerOf = (o: Outcome): string | undefined => {
    if (o.kind !== 'answered' || o.status !== 200) return undefined;
    const r = o.body.data?.redeem as { __typename: string; id?: string; errorCode?: string };
    return r ? (r.id ?? r.errorCode) : undefined;
  };

  it(
    `every acknowledged redeem happens exactly once across ${KILLS} kills`,
    async () => {
      const attempts: Attempt[] = [];
      let n = 0;
      let retried = 0;
      for (let kill = 0; kill < KILLS; kill++) {
        server = await spawnServer(scratch.config, { LOG_LEVEL: 'warn' });
        const live = server;
        // Retries first: every request that got no answer, same key and input.
        for (const a of attempts.filter((x) => !x.answer)) {
          retried++;
          a.answer = answerOf(await post(live.url, REDEEM, { input: a.input }, secret));
        }
        expect(attempts.every((a) => a.answer)).toBe(true);
        // Then a fresh load, killed while requests are in flight.
        const load = Array.from({ length: 8 }, async (_, worker) => {
          for (;;) {
            const attempt: Attempt = {
              input: {
                profileId: profiles[(worker + n) % profiles.length],
                amount: 1 + (n % 7),
                idempotencyKey: `crash-${kill}-${n++}`,
              },
            };
            attempts.push(attempt);
            const outcome = await post(live.url, REDEEM, { input: attempt.input }, secret);
            attempt.answer = answerOf(outcome);
            if (outcome.kind !== 'answered') return;
          }
        });
        await new Promise((r) => setTimeout(r, 400 + Math.random() * 400));
        live.child.kill('SIGKILL');
        await Promise.all(load);
        await live.exited;
      }
      // A last life to retry what the final kill left unanswered, and to ask again for a
      // sample of what was answered: the same key gets the same answer.
      server = await spawnServer(scratch.config, { LOG_LEVEL: 'warn' });
      for (const a of attempts.filter((x) => !x.answer)) {
        retried++;
        a.answer = answerOf(await post(server.url, REDEEM, { input: a.input }, secret));
      }
      for (const a of attempts.filter((_, i) => i % 5 === 0)) {
        expect(answerOf(await post(server.url, REDEEM, { input: a.input }, secret))).toBe(a.answer);
      }

      const redeemed = attempts.filter((a) => a.answer && !/^[A-Z_]+$/.test(a.answer));
      const rows = await db.manager.find(RedemptionEntity);
      // Exactly the acknowledged redemptions exist: none lost, none made twice.
      expect(new Set(redeemed.map((a) => a.answer))).toEqual(new Set(rows.map((r) => r.id)));
      expect(rows).toHaveLength(redeemed.length);
      const spent = redeemed.reduce((s, a) => s + a.input.amount, 0);
      expect(rows.reduce((s, r) => s + r.amount, 0)).toBe(spent);
      expect(redeemed.length).toBeGreaterThan(KILLS);
      await expectInvariants(db);
      console.log(
        `crash test: ${KILLS} kills survived, ${attempts.length} requests, ${retried} retried by key, ` +
          `${attempts.length - redeemed.length} refused, ${redeemed.length} redemptions reconciled`,
      );
    },
    60_000 + KILLS * 20_000,
  );
});
