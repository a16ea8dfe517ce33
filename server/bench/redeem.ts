import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import mysql from 'mysql2/promise';
import { createApp } from '../src/app';
import type { AppConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { createScratchDatabase } from '../src/db/scratch';
import { systemClock } from '../src/core/clock';
import { createServices, ENTITIES } from '../src/services';
import { newId } from '../src/core/ids';
import { createLogger } from '../src/core/logger';
import { RequestContext } from '../src/core/context';

// Redeem throughput: the GraphQL API (HTTP, auth, validation, idempotency, ledger) against
// hand-written SQL doing the same rows in the same transaction shape, on one database, in
// one run. Usage: node dist-bench/bench/redeem.js [mysql|sqlite] [profiles] [redeemsPerProfile] [concurrency]

const kind = (process.argv[2] ?? 'mysql') as 'mysql' | 'sqlite';
const PROFILES = Number(process.argv[3] ?? 20);
const PER_PROFILE = Number(process.argv[4] ?? 50);
const CONCURRENCY = Number(process.argv[5] ?? 16);
const AMOUNT = 100;

async function pool<T>(jobs: (() => Promise<T>)[], width: number) {
  let next = 0;
  const out: T[] = [];
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) out.push(await jobs[next++]());
    }),
  );
  return out;
}

/** Jobs are built profile by profile; run them round-robin so concurrent clients mostly
 * work on different profiles, as checkout traffic does. */
function interleave<T>(jobs: T[]): T[] {
  const out: T[] = [];
  for (let k = 0; k < PER_PROFILE; k++) {
    for (let p = 0; p < PROFILES; p++) out.push(jobs[p * PER_PROFILE + k]);
  }
  return out;
}

async function main() {
  const scratch = await createScratchDatabase(kind);
  const config: AppConfig = {
    env: 'production',
    port: 0,
    database: scratch.config,
    adminEmail: 'bench@example.com',
    adminPassword: 'bench-password-1',
    scheduleTime: null,
    scheduleTimezone: 'UTC',
    idempotencyRetentionDays: 7,
    sessionTtlHours: 1,
    logLevel: 'silent',
    webDist: null,
    publicUrl: 'http://localhost',
    cookieSecure: false,
    defaultCurrency: 'AUD',
    defaultTimezone: 'UTC',
  };
  const db = await openDatabase(config.database, ENTITIES);
  const services = createServices(config);
  const app = await createApp({
    config,
    db,
    logger: createLogger('silent'),
    services,
    clock: systemClock,
  });
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  const ctx = RequestContext.create(db, { kind: 'system', job: 'bench' });
  await services.auth.ensureInitialAdmin(
    ctx,
    { email: config.adminEmail, password: config.adminPassword },
    createLogger('silent'),
  );
  const { secret } = await services.auth.createApiKey(ctx, { name: 'pos', scopes: ['REDEEM'] });
  const types = await services.definitions.listTypes(ctx, false);
  const def = await services.definitions.createDefinition(ctx, {
    handle: 'bench',
    name: 'Bench',
    typeId: types[0].id,
    value: 1000,
    expiryPeriod: 1,
    expiryUnit: 'YEARS' as never,
  });

  // Two identical sets of profiles: one spent through the API, one through raw SQL.
  const fund = async () => {
    const ids: string[] = [];
    for (let i = 0; i < PROFILES; i++) {
      const p = await services.profiles.create(ctx, { externalId: newId() });
      for (let k = 0; k < Math.ceil((PER_PROFILE * AMOUNT) / 1000); k++) {
        await services.rewards.issue(ctx, {
          profileId: p.id,
          definitionId: def.id,
          reason: 'bench',
          idempotencyKey: newId(),
        });
      }
      ids.push(p.id);
    }
    return ids;
  };
  const apiProfiles = await fund();
  const sqlProfiles = await fund();

  const query = `mutation($input: RedeemInput!) { redeem(input: $input) { __typename ... on Redemption { id } } }`;
  const apiJobs = apiProfiles.flatMap((profileId) =>
    Array.from({ length: PER_PROFILE }, () => async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({
          query,
          variables: { input: { profileId, amount: AMOUNT, idempotencyKey: newId() } },
        }),
      });
      const body = (await res.json()) as { data?: { redeem?: { __typename: string } } };
      if (body.data?.redeem?.__typename !== 'Redemption') throw new Error(JSON.stringify(body));
    }),
  );

  // The same work by hand: lock the profile, read active rewards, spend nearest expiry first,
  // write the redemption, its allocations and ledger entries, commit.
  let sqlJobs: (() => Promise<void>)[];
  let closeRaw = async () => {};
  if (scratch.config.kind === 'mysql') {
    const c = scratch.config;
    const raw = mysql.createPool({
      host: c.host,
      port: c.port,
      user: c.user,
      password: c.password,
      database: c.database,
      connectionLimit: 10,
      timezone: 'Z',
    });
    closeRaw = () => raw.end();
    sqlJobs = sqlProfiles.flatMap((profileId) =>
      Array.from({ length: PER_PROFILE }, () => async () => {
        const conn = await raw.getConnection();
        try {
          await conn.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
          await conn.beginTransaction();
          await conn.query('SELECT id FROM profiles WHERE id = ? FOR UPDATE', [profileId]);
          const [rows] = await conn.query(
            'SELECT id, valueRemaining FROM rewards WHERE profileId = ? AND currency = ? AND voidedAt IS NULL AND valueRemaining > 0 AND expiresAt >= NOW(3) ORDER BY expiresAt, issuedAt, id',
            [profileId, 'AUD'],
          );
          const reward = (rows as { id: string; valueRemaining: number }[])[0];
          const [last] = await conn.query(
            'SELECT seq, balanceAfter FROM ledger_entries WHERE profileId = ? AND currency = ? ORDER BY seq DESC LIMIT 1',
            [profileId, 'AUD'],
          );
          const head = (last as { seq: number; balanceAfter: string }[])[0];
          const redemptionId = newId();
          await conn.query(
            'UPDATE rewards SET valueRemaining = valueRemaining - ? WHERE id = ? AND valueRemaining >= ?',
            [AMOUNT, reward.id, AMOUNT],
          );
          await conn.query(
            "INSERT INTO redemptions (id, profileId, currency, status, requested, amount, returned, lineDiscounts, createdAt, createdBy) VALUES (?, ?, 'AUD', 'COMPLETED', ?, ?, 0, '[]', NOW(3), 'bench')",
            [redemptionId, profileId, AMOUNT, AMOUNT],
          );
          await conn.query(
            'INSERT INTO redemption_allocations (id, redemptionId, rewardId, position, amount, returned) VALUES (?, ?, ?, 0, ?, 0)',
            [newId(), redemptionId, reward.id, AMOUNT],
          );
          await conn.query(
            "INSERT INTO ledger_entries (id, profileId, currency, seq, type, rewardId, redemptionId, amount, balanceAfter, actor, createdAt) VALUES (?, ?, 'AUD', ?, 'REDEEM', ?, ?, ?, ?, 'bench', NOW(3))",
            [
              newId(),
              profileId,
              head.seq + 1,
              reward.id,
              redemptionId,
              -AMOUNT,
              Number(head.balanceAfter) - AMOUNT,
            ],
          );
          await conn.commit();
        } catch (err) {
          await conn.rollback();
          throw err;
        } finally {
          conn.release();
        }
      }),
    );
  } else {
    // SQLite: the same statements on the app's own connection, one transaction at a time.
    sqlJobs = sqlProfiles.flatMap((profileId) =>
      Array.from({ length: PER_PROFILE }, () => async () => {
        await db.transaction(async (em) => {
          const rows = await em.query<{ id: string }[]>(
            'SELECT id FROM rewards WHERE profileId = ? AND currency = ? AND voidedAt IS NULL AND valueRemaining > 0 AND expiresAt >= ? ORDER BY expiresAt, issuedAt, id LIMIT 1',
            [profileId, 'AUD', new Date().toISOString().replace('T', ' ').replace('Z', '')],
          );
          const [head] = await em.query<{ seq: number; balanceAfter: number }[]>(
            'SELECT seq, balanceAfter FROM ledger_entries WHERE profileId = ? AND currency = ? ORDER BY seq DESC LIMIT 1',
            [profileId, 'AUD'],
          );
          const redemptionId = newId();
          const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
          await em.query(
            'UPDATE rewards SET valueRemaining = valueRemaining - ? WHERE id = ? AND valueRemaining >= ?',
            [AMOUNT, rows[0].id, AMOUNT],
          );
          await em.query(
            "INSERT INTO redemptions (id, profileId, currency, status, requested, amount, returned, lineDiscounts, createdAt, createdBy) VALUES (?, ?, 'AUD', 'COMPLETED', ?, ?, 0, '[]', ?, 'bench')",
            [redemptionId, profileId, AMOUNT, AMOUNT, now],
          );
          await em.query(
            'INSERT INTO redemption_allocations (id, redemptionId, rewardId, position, amount, returned) VALUES (?, ?, ?, 0, ?, 0)',
            [newId(), redemptionId, rows[0].id, AMOUNT],
          );
          await em.query(
            "INSERT INTO ledger_entries (id, profileId, currency, seq, type, rewardId, redemptionId, amount, balanceAfter, actor, createdAt) VALUES (?, ?, 'AUD', ?, 'REDEEM', ?, ?, ?, ?, 'bench', ?)",
            [
              newId(),
              profileId,
              head.seq + 1,
              rows[0].id,
              redemptionId,
              -AMOUNT,
              head.balanceAfter - AMOUNT,
              now,
            ],
          );
        });
      }),
    );
  }

  if (process.env.BENCH_TRACE) {
    const logger = db.dataSource.logger;
    const queries: string[] = [];
    logger.logQuery = (q: string) => void queries.push(q.slice(0, 110));
    await apiJobs.pop()!();
    console.log(queries.join('\n'));
    process.exit(0);
  }
  const time = async (jobs: (() => Promise<void>)[]) => {
    const start = performance.now();
    await pool(jobs, CONCURRENCY);
    return performance.now() - start;
  };
  // Interleave two rounds of each so neither side gets a warmer cache.
  const half = (list: typeof apiJobs, i: number) => interleave(list).filter((_, k) => k % 2 === i);
  // The API side's load comes from a worker thread, as a client on another core would.
  const apiOrder = interleave(
    apiProfiles.flatMap((id) => Array.from({ length: PER_PROFILE }, () => id)),
  );
  const timeApi = (profileIds: string[]) =>
    new Promise<number>((resolve, reject) => {
      const worker = new Worker(path.join(__dirname, 'load-worker.js'), {
        workerData: { url, secret, profileIds, amount: AMOUNT, concurrency: CONCURRENCY },
      });
      worker.once('message', (m: { ms?: number; error?: string }) =>
        m.error ? reject(new Error(m.error)) : resolve(m.ms!),
      );
      worker.once('error', reject);
    });
  let apiMs = 0;
  let sqlMs = 0;
  if (process.env.BENCH_PROFILE) {
    // CPU profile of the API side only, written for `node --cpu-prof`-style tools.
    const { Session } = await import('node:inspector/promises');
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    apiMs = await timeApi(apiOrder);
    const { profile } = await session.post('Profiler.stop');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
    console.log(
      JSON.stringify({
        redeems: apiJobs.length,
        graphqlPerSecond: Math.round((apiJobs.length / apiMs) * 1000),
      }),
    );
    process.exit(0);
  }
  for (const i of [0, 1]) {
    apiMs += await timeApi(apiOrder.filter((_, k) => k % 2 === i));
    sqlMs += await time(half(sqlJobs, i));
  }
  const n = apiJobs.length;
  const apiRate = (n / apiMs) * 1000;
  const sqlRate = (n / sqlMs) * 1000;
  console.log(
    JSON.stringify({
      database: kind,
      redeems: n,
      profiles: PROFILES,
      concurrency: CONCURRENCY,
      graphqlPerSecond: Math.round(apiRate),
      rawSqlPerSecond: Math.round(sqlRate),
      ratio: Number((apiRate / sqlRate).toFixed(2)),
      graphqlMeanMs: Number(((apiMs / n) * CONCURRENCY).toFixed(2)),
    }),
  );
  await closeRaw();
  await app.stop();
  await db.close();
  await scratch.drop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
