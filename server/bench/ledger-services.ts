import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app';
import { type AppConfig, loadSecurityConfig } from '../src/config';
import { systemClock } from '../src/core/clock';
import { RequestContext } from '../src/core/context';
import { newId } from '../src/core/ids';
import { createLogger } from '../src/core/logger';
import { openDatabase } from '../src/db/database';
import { createScratchDatabase } from '../src/db/scratch';
import { ProfileEntity } from '../src/modules/profiles/profile.entity';
import { LedgerEntryEntity } from '../src/modules/rewards/ledger-entry.entity';
import { RewardEntity } from '../src/modules/rewards/reward.entity';
import { createServices, ENTITIES } from '../src/services';

// Bulk issue and report timings on a scratch database, through the GraphQL API.
// Usage: node dist-bench/bench/ledger-services.js bulk [mysql|sqlite] [rows=100000]
//        node dist-bench/bench/ledger-services.js reports [mysql|sqlite] [entries=1000000]

const mode = process.argv[2] as 'bulk' | 'reports';
const kind = (process.argv[3] ?? 'mysql') as 'mysql' | 'sqlite';
const SIZE = Number(process.argv[4] ?? (mode === 'bulk' ? 100_000 : 1_000_000));
const DAY = 86_400_000;

async function insertChunks<T extends object>(
  db: Awaited<ReturnType<typeof openDatabase>>,
  entity: Function,
  rows: T[],
  chunk: number,
) {
  for (let i = 0; i < rows.length; i += chunk) {
    await db.manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + chunk))
      .updateEntity(false)
      .execute();
  }
}

async function main() {
  const scratch = await createScratchDatabase(kind);
  const config: AppConfig = {
    env: 'production',
    port: 0,
    database: scratch.config,
    adminEmail: 'bench@example.com',
    adminPassword: 'bench-password-1',
    sessionTtlHours: 1,
    logLevel: 'silent',
    webDist: null,
    publicUrl: 'http://localhost',
    cookieSecure: false,
    defaultCurrency: 'AUD',
    defaultTimezone: 'Australia/Melbourne',
    // The ledger-only activity report below takes longer than the default request budget.
    security: loadSecurityConfig({ REQUEST_TIMEOUT_MS: '120000' }, 'production'),
    scheduleTime: null,
    scheduleTimezone: 'Australia/Melbourne',
    idempotencyRetentionDays: 7,
    reportsRollupSeconds: 0,
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
  let token = '';
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  token = (
    await gql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: config.adminEmail, p: config.adminPassword },
    )
  ).login.token;
  const types = await gql<{ rewardTypes: { id: string; key: string }[] }>(
    '{ rewardTypes { id key } }',
  );
  const def = await gql<{ createRewardDefinition: { id: string; typeId?: string } }>(
    `mutation($i: RewardDefinitionInput!) { createRewardDefinition(input: $i) { id } }`,
    {
      i: {
        handle: 'bench',
        name: 'Bench',
        typeId: types.rewardTypes[0].id,
        value: 500,
        expiryPeriod: 3,
        expiryUnit: 'MONTHS',
      },
    },
  );
  const now = Date.now();
  const profileCount = mode === 'bulk' ? SIZE : Math.max(1, Math.ceil(SIZE / 100));
  const profiles = Array.from({ length: profileCount }, (_, i) => ({
    id: newId(now + i),
    externalId: `B${i}`,
    email: null,
    firstName: 'Bench',
    lastName: null,
    birthDate: null,
    joinedAt: new Date(now),
    timezone: 'Australia/Melbourne',
    tier: null,
    isStaff: false,
    lifetimeSpend: 0,
    searchText: `bench b${i}`,
    createdAt: new Date(now),
    updatedAt: new Date(now),
  }));
  let t0 = performance.now();
  await insertChunks(db, ProfileEntity, profiles, kind === 'mysql' ? 2000 : 60);
  console.log(`setup: ${profileCount} profiles in ${Math.round(performance.now() - t0)} ms`);

  if (mode === 'bulk') {
    t0 = performance.now();
    const job = await gql<{ bulkIssueRewards: { id: string } }>(
      `mutation($i: BulkIssueInput!) { bulkIssueRewards(input: $i) { id } }`,
      {
        i: {
          definitionId: def.createRewardDefinition.id,
          profileExternalIds: profiles.map((p) => p.externalId),
          reason: 'Bench',
          idempotencyKey: 'bench-bulk',
        },
      },
    );
    const accepted = performance.now() - t0;
    for (;;) {
      const { bulkIssueJob: j } = await gql<{
        bulkIssueJob: { status: string; processed: number; failed: number };
      }>('query($id: ID!) { bulkIssueJob(id: $id) { status processed failed } }', {
        id: job.bulkIssueRewards.id,
      });
      if (j.status === 'COMPLETED') {
        const ms = performance.now() - t0;
        console.log(
          `bulk ${kind}: ${SIZE} rows accepted in ${Math.round(accepted)} ms, completed in ${(ms / 1000).toFixed(1)} s ` +
            `(${Math.round(SIZE / (ms / 1000))} rows/s), failed ${j.failed}`,
        );
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const rewards = await db.manager.count(RewardEntity);
    const entries = await db.manager.count(LedgerEntryEntity);
    console.log(`rewards ${rewards}, ledger entries ${entries}`);
  } else {
    // Rewards spread over two years, each with five entries: ISSUE, three REDEEMs, then an
    // EXPIRE or VOID. Written directly (this measures the reads).
    const rewardsCount = Math.ceil(SIZE / 5);
    const span = 730 * DAY;
    const start = now - span;
    t0 = performance.now();
    const seqs = new Map<string, number>();
    for (let base = 0; base < rewardsCount; base += 20_000) {
      const rewards: object[] = [];
      const entries: object[] = [];
      for (let i = base; i < Math.min(rewardsCount, base + 20_000); i++) {
        const profile = profiles[i % profileCount];
        const issuedAt = start + Math.floor((i / rewardsCount) * span);
        const id = newId(issuedAt);
        const expiresAt = issuedAt + 90 * DAY;
        const voided = i % 7 === 0;
        const remaining = voided ? 0 : 200;
        rewards.push({
          id,
          profileId: profile.id,
          definitionId: def.createRewardDefinition.id,
          typeId: types.rewardTypes[i % types.rewardTypes.length].id,
          currency: 'AUD',
          valueInitial: 500,
          valueRemaining: expiresAt < now && !voided ? 200 : remaining,
          openUntil: voided ? null : new Date(expiresAt),
          timezone: 'Australia/Melbourne',
          issuedAt: new Date(issuedAt),
          activatesAt: null,
          expiresAt: new Date(expiresAt),
          extendedAt: null,
          extensionCount: 0,
          voidedAt: voided ? new Date(issuedAt + 20 * DAY) : null,
          source: 'IMPORT',
          issuedBy: 'system:bench',
          reason: null,
          meta: null,
        });
        const steps: [string, number, number][] = [
          ['ISSUE', 500, 0],
          ['REDEEM', -100, 2 * DAY],
          ['REDEEM', -100, 5 * DAY],
          ['REDEEM', -100, 9 * DAY],
          voided ? ['VOID', -200, 20 * DAY] : ['EXPIRE', -200, 91 * DAY],
        ];
        for (const [type, amount, after] of steps) {
          const seq = (seqs.get(profile.id) ?? 0) + 1;
          seqs.set(profile.id, seq);
          entries.push({
            id: newId(issuedAt + after),
            profileId: profile.id,
            currency: 'AUD',
            seq,
            type,
            rewardId: id,
            redemptionId: null,
            amount,
            balanceAfter: 0,
            actor: 'system:bench',
            reason: null,
            createdAt: new Date(Math.min(issuedAt + after, now)),
          });
        }
      }
      await insertChunks(db, RewardEntity, rewards, kind === 'mysql' ? 2000 : 40);
      await insertChunks(db, LedgerEntryEntity, entries, kind === 'mysql' ? 2000 : 70);
    }
    if (kind === 'mysql') {
      await db.manager.query('ANALYZE TABLE rewards, ledger_entries');
    } else {
      await db.manager.query('ANALYZE');
    }
    const entryCount = await db.manager.count(LedgerEntryEntity);
    console.log(
      `setup: ${rewardsCount} rewards, ${entryCount} ledger entries in ${Math.round(performance.now() - t0)} ms`,
    );
    const iso = (ms: number) => new Date(ms).toISOString();
    // The activity report from the ledger alone (as before the first roll-up), once.
    const year = { f: iso(now - 365 * DAY), t: iso(now) };
    const monthly =
      'query($f: DateTime!, $t: DateTime!) { activity(from: $f, to: $t, interval: MONTH) { period } }';
    t0 = performance.now();
    await gql(monthly, year);
    console.log(
      `reports ${kind}: activity MONTH, last 12 months, ledger only: ${Math.round(performance.now() - t0)} ms`,
    );
    // The roll-up's first run over the whole ledger, a day a step, as the server's worker does.
    const rollupCtx = RequestContext.create(db, { kind: 'system', job: 'rollup' });
    t0 = performance.now();
    let steps = 0;
    while ((await services.rewards.rollUpReports(rollupCtx)) > 0) steps++;
    console.log(
      `roll-up ${kind}: ${steps} steps (a day each) over ${entryCount} entries in ${Math.round(performance.now() - t0)} ms`,
    );
    const cases: [string, string, Record<string, unknown>][] = [
      ['liability', '{ liability { outstanding { amount } byExpiryMonth { month } } }', {}],
      [
        'activity DAY, last 30 days',
        'query($f: DateTime!, $t: DateTime!) { activity(from: $f, to: $t, interval: DAY) { period } }',
        { f: iso(now - 30 * DAY), t: iso(now) },
      ],
      [
        'activity MONTH, last 12 months',
        'query($f: DateTime!, $t: DateTime!) { activity(from: $f, to: $t, interval: MONTH) { period } }',
        { f: iso(now - 365 * DAY), t: iso(now) },
      ],
      [
        'activity MONTH, all 2 years',
        'query($f: DateTime!, $t: DateTime!) { activity(from: $f, to: $t, interval: MONTH) { period } }',
        { f: iso(start - DAY), t: iso(now + DAY) },
      ],
      [
        'breakage, 2 years',
        'query($f: DateTime!, $t: DateTime!) { breakage(from: $f, to: $t) { month amount { amount } } }',
        { f: iso(start - DAY), t: iso(now) },
      ],
    ];
    for (const [name, query, variables] of cases) {
      const times: number[] = [];
      for (let i = 0; i < 6; i++) {
        const s = performance.now();
        await gql(query, variables);
        times.push(performance.now() - s);
      }
      times.shift(); // warm-up
      times.sort((a, b) => a - b);
      console.log(
        `reports ${kind}: ${name}: median ${Math.round(times[2])} ms (min ${Math.round(times[0])}, max ${Math.round(times[4])})`,
      );
    }
  }
  await app.stop();
  await db.close();
  // BENCH_KEEP=1 leaves the database for EXPLAIN.
  if (process.env.BENCH_KEEP !== '1') await scratch.drop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
