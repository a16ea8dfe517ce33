import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { type AppConfig, loadSecurityConfig } from '../src/config';
import { RequestContext } from '../src/core/context';
import { newId } from '../src/core/ids';
import { openDatabase } from '../src/db/database';
import { createScratchDatabase } from '../src/db/scratch';
import { createServices, ENTITIES } from '../src/services';

// The daily pass at scale, on MySQL (TEST_MYSQL_URL's server, a scratch database): seeds
// profiles (birthdays spread over the year, join dates over ten years, a quarter with a
// transaction), rewards that expired or expire soon, and birthday, anniversary and lapse
// reactions, then runs the pass twice as of now: a busy day (this month's birthdays, the
// expiries, the reminders) and the same day again (nothing left to do).
// Usage: node dist-bench/bench/schedule.js [profiles]

const PROFILES = Number(process.argv[2] ?? 200_000);
const CHUNK = 2_000;
const DAY = 86_400_000;

async function main() {
  const scratch = await createScratchDatabase('mysql');
  const config: AppConfig = {
    env: 'production',
    port: 0,
    database: scratch.config,
    adminEmail: 'bench@example.com',
    adminPassword: 'bench-password-1',
    scheduleTime: null,
    scheduleTimezone: 'UTC',
    idempotencyRetentionDays: 7,
    reportsRollupSeconds: 0,
    sessionTtlHours: 1,
    logLevel: 'silent',
    webDist: null,
    publicUrl: 'http://localhost',
    cookieSecure: false,
    defaultCurrency: 'AUD',
    defaultTimezone: 'UTC',
    security: loadSecurityConfig({}, 'production'),
  };
  const db = await openDatabase(config.database, ENTITIES);
  try {
    const services = createServices(config);
    const ctx = RequestContext.create(db, { kind: 'system', job: 'bench' });
    const types = await services.definitions.listTypes(ctx, true);
    const definition = await services.definitions.createDefinition(ctx, {
      handle: 'bench-birthday',
      name: 'Birthday',
      typeId: types[0].id,
      value: 1000,
      expiryPeriod: 1,
      expiryUnit: 'MONTHS' as never,
    });
    for (const event of ['BIRTHDAY', 'JOIN_ANNIVERSARY', 'LAPSED'] as const) {
      await services.reactions.create(ctx, {
        name: event,
        event,
        definitionId: definition.id,
        lapsedDays: event === 'LAPSED' ? 365 : null,
      });
    }

    const now = Date.now();
    const seeded = performance.now();
    const zones = ['UTC', 'Australia/Melbourne', 'America/New_York', 'Europe/Berlin'];
    const q = db.manager;
    for (let start = 0; start < PROFILES; start += CHUNK) {
      const profiles: unknown[][] = [];
      const transactions: unknown[][] = [];
      const rewards: unknown[][] = [];
      const ledger: unknown[][] = [];
      for (let i = start; i < Math.min(PROFILES, start + CHUNK); i++) {
        const id = newId();
        const month = (i % 12) + 1;
        const day = (i % 28) + 1;
        const joined = new Date(now - ((i * 7919) % 3650) * DAY - DAY);
        profiles.push([
          id,
          `bench-${i}`,
          `1980-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          joined,
          zones[i % zones.length],
          0,
          `bench-${i}`,
          joined,
          joined,
          false,
        ]);
        if (i % 4 === 0) {
          const at = new Date(now - (i % 400) * DAY);
          transactions.push([newId(), id, `order-${i}`, 5000, 'AUD', at, 'bench', at]);
        }
        if (i % 10 === 0) {
          // Half of them expired yesterday, half expire within the week: expiries and reminders.
          const rewardId = newId();
          const expires = new Date(now + (i % 20 === 0 ? -DAY : 5 * DAY));
          rewards.push([
            rewardId,
            id,
            definition.id,
            definition.typeId,
            'AUD',
            1000,
            1000,
            'UTC',
            new Date(now - 30 * DAY),
            expires,
            expires,
            'IMPORT',
          ]);
          ledger.push([
            newId(),
            id,
            'AUD',
            1,
            'ISSUE',
            rewardId,
            1000,
            1000,
            'system:bench',
            new Date(now - 30 * DAY),
          ]);
        }
      }
      const marks = (rows: unknown[][]) =>
        rows.map((r) => `(${r.map(() => '?').join(', ')})`).join(', ');
      await q.query(
        `INSERT INTO profiles (id, externalId, birthDate, joinedAt, timezone, lifetimeSpend, searchText, createdAt, updatedAt, isStaff) VALUES ${marks(profiles)}`,
        profiles.flat(),
      );
      if (transactions.length) {
        await q.query(
          `INSERT INTO transactions (id, profileId, externalId, total, currency, occurredAt, fingerprint, createdAt) VALUES ${marks(transactions)}`,
          transactions.flat(),
        );
      }
      if (rewards.length) {
        await q.query(
          `INSERT INTO rewards (id, profileId, definitionId, typeId, currency, valueInitial, valueRemaining, timezone, issuedAt, expiresAt, openUntil, source, extensionCount) VALUES ${rewards
            .map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)')
            .join(', ')}`,
          rewards.flat(),
        );
        await q.query(
          `INSERT INTO ledger_entries (id, profileId, currency, seq, type, rewardId, amount, balanceAfter, actor, createdAt) VALUES ${marks(ledger)}`,
          ledger.flat(),
        );
      }
    }
    console.log(
      `seeded ${PROFILES} profiles in ${((performance.now() - seeded) / 1000).toFixed(1)}s`,
    );

    // Every statement the pass sends, counted in-process, beside the server's own counter
    // (which also counts anything else the MySQL server is doing meanwhile).
    let statements = 0;
    const logger = db.dataSource.logger;
    const counting = Object.create(logger) as typeof logger;
    counting.logQuery = (...args: Parameters<typeof logger.logQuery>) => {
      statements++;
      logger.logQuery(...args);
    };
    if (process.env.BENCH_SLOW) {
      counting.logQuerySlow = (time: number, query: string) =>
        console.log(`slow ${time}ms: ${query.slice(0, 160)}`);
      Object.assign(db.dataSource.options, {
        maxQueryExecutionTime: Number(process.env.BENCH_SLOW),
      });
    }
    Object.assign(db.dataSource, { logger: counting });

    const questions = async () => {
      const rows = await q.query<{ Value: string }[]>("SHOW GLOBAL STATUS LIKE 'Questions'");
      return Number(rows[0].Value);
    };
    for (const label of ['busy day', 'same day again']) {
      const before = await questions();
      statements = 0;
      const started = performance.now();
      const summary = await services.schedule.run(
        RequestContext.create(db, { kind: 'system', job: 'schedule' }),
        new Date(),
      );
      const seconds = (performance.now() - started) / 1000;
      const counted = statements;
      const global = (await questions()) - before - 1;
      console.log(
        `${label}: ${seconds.toFixed(2)}s for ${PROFILES} profiles; ` +
          `${counted} statements (${(counted / PROFILES).toFixed(4)} per profile); ` +
          `Questions +${global} (${(global / PROFILES).toFixed(4)} per profile); ` +
          `issued ${summary.rewardsIssued} (birthdays ${summary.birthdays}, anniversaries ${summary.anniversaries}, lapses ${summary.lapses}), ` +
          `expired ${summary.rewardsExpired}, reminders ${summary.remindersSent}`,
      );
    }
  } finally {
    await db.close();
    await scratch.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
