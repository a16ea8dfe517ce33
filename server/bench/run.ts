import 'reflect-metadata';
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import mysql from 'mysql2/promise';
import { type DatabaseConfig, loadSecurityConfig } from '../src/config';
import { RequestContext } from '../src/core/context';
import { newId } from '../src/core/ids';
import { createLogger } from '../src/core/logger';
import { openDatabase } from '../src/db/database';
import { createScratchDatabase } from '../src/db/scratch';
import { createServices, ENTITIES } from '../src/services';
import { parseArgs, percentile, seed, SeedResult } from './seed';

// `pnpm bench`: the running server over HTTP (autocannon, an API key) against hand-written
// SQL doing the same work on the same database, in one run. See the README's Benchmarks.

const args = parseArgs(process.argv.slice(2));
let loadAtStart = 0;
const DURATION = args.duration;
const CONNECTIONS = args.connections;
const wanted = (scenario: string) => !args.only || args.only.includes(scenario);

interface Row {
  operation: string;
  connections: number;
  api: { opsPerSec: number; p50: number; p99: number; errors: number; statements: number | null };
  raw: { opsPerSec: number; p50: number; p99: number; statements: number | null } | null;
  ratio: number | null;
  serverRssMb: number;
}

async function main() {
  const target = benchDatabase();
  const scratch = await createScratchDatabase(target);
  const config = scratch.config;
  console.log(
    `database: ${describe(config)}; ${args.profiles} profiles × 5 rewards; ${DURATION} s per run`,
  );

  // Schema and seed, through the app's own migrations and set-based inserts.
  const db = await openDatabase(config, ENTITIES);
  const services = createServices({
    env: 'production',
    port: 0,
    database: config,
    adminEmail: 'bench@example.com',
    adminPassword: 'bench-password-1',
    sessionTtlHours: 1,
    logLevel: 'silent',
    webDist: null,
    publicUrl: 'http://localhost',
    cookieSecure: false,
    defaultCurrency: 'AUD',
    defaultTimezone: 'UTC',
    security: loadSecurityConfig({}, 'production'),
    scheduleTime: null,
    scheduleTimezone: 'UTC',
    idempotencyRetentionDays: 7,
    reportsRollupSeconds: 0,
  });
  const system = RequestContext.create(db, { kind: 'system', job: 'bench' });
  await services.auth.ensureInitialAdmin(
    system,
    { email: 'bench@example.com', password: 'bench-password-1' },
    createLogger('silent'),
  );
  const started = performance.now();
  const seeded = await seed(db, system, services, args.profiles);
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const { secret } = await services.auth.createApiKey(system, {
    name: 'bench',
    scopes: ['REDEEM', 'READ_PROFILES'],
  });
  await db.close();

  const server = await startServer(config);
  const raw = await rawBaseline(config);
  loadAtStart = Number(os.loadavg()[0].toFixed(1));
  const rows: Row[] = [];
  try {
    const scenarios = [
      {
        name: 'balance',
        operation: 'balance by id',
        kind: 'balance' as const,
        profiles: seeded.profiles,
      },
      {
        name: 'redeem',
        operation: 'redeem, many profiles',
        kind: 'redeem' as const,
        profiles: seeded.profiles,
      },
      {
        name: 'hot',
        operation: 'redeem, one hot profile',
        kind: 'redeem' as const,
        profiles: [seeded.hot],
      },
    ].filter((s) => wanted(s.name));
    for (const connections of CONNECTIONS) {
      for (const s of scenarios) {
        const rawResult = await raw.run(s.kind, s.profiles, connections);
        const api = await apiRun(server, secret, s.kind, s.profiles, connections);
        rows.push({
          operation: s.operation,
          connections,
          api,
          raw: rawResult,
          ratio: Number((api.opsPerSec / rawResult.opsPerSec).toFixed(3)),
          serverRssMb: rssMb(server.child),
        });
        printRow(rows[rows.length - 1]);
      }
    }
    // The floor: what HTTP, authentication and GraphQL cost with no database work at all.
    if (wanted('floor')) {
      const floor = await apiRun(server, secret, 'typename', seeded.profiles, CONNECTIONS[0]);
      rows.push({
        operation: '{ __typename } signed in (no database work)',
        connections: CONNECTIONS[0],
        api: floor,
        raw: null,
        ratio: null,
        serverRssMb: rssMb(server.child),
      });
      printRow(rows[rows.length - 1]);
    }
    // A profile with 10,000 used and expired rewards against a fresh one.
    if (wanted('heavy')) {
      const heavy = await apiRun(server, secret, 'balance', [seeded.heavy], CONNECTIONS[0]);
      const fresh = await apiRun(server, secret, 'balance', [seeded.profiles[0]], CONNECTIONS[0]);
      rows.push({
        operation: 'balance, 10,000-reward history (vs fresh)',
        connections: CONNECTIONS[0],
        api: heavy,
        raw: null,
        ratio: Number((heavy.opsPerSec / fresh.opsPerSec).toFixed(2)),
        serverRssMb: rssMb(server.child),
      });
      printRow(rows[rows.length - 1]);
    }
  } finally {
    await raw.close();
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    await scratch.drop();
  }
  writeResults(config, seeded, rows);
}

function benchDatabase(): 'mysql' | 'sqlite' {
  if (args.db) return args.db;
  const url = process.env.DATABASE_URL;
  if (url && !url.startsWith('sqlite')) {
    // Scratch databases are made on the server DATABASE_URL names.
    process.env.TEST_MYSQL_URL = url;
    return 'mysql';
  }
  return 'sqlite';
}

function describe(config: DatabaseConfig): string {
  return config.kind === 'mysql' ? `MySQL ${config.host}:${config.port}` : 'SQLite (embedded)';
}

function databaseUrl(config: DatabaseConfig): string {
  if (config.kind === 'sqlite') return `sqlite:${config.file}`;
  const auth = `${encodeURIComponent(config.user)}:${encodeURIComponent(config.password)}`;
  return `${config.flavor}://${auth}@${config.host}:${config.port}/${config.database}`;
}

// ------------------------------------------------------------------ the server, over HTTP

interface Server {
  child: ChildProcess;
  url: string;
  config: DatabaseConfig;
}

async function startServer(config: DatabaseConfig): Promise<Server> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const profile = args.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${args.cpuProf}`] : [];
  const child = spawn(process.execPath, [...profile, path.join(__dirname, '../src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl(config),
      LOG_LEVEL: 'warn',
      WEB_DIST: '',
      ADMIN_EMAIL: 'bench@example.com',
      ADMIN_PASSWORD: 'bench-password-1',
      COOKIE_SECURE: 'false',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) return { child, url, config };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('the server did not start');
}

function rssMb(child: ChildProcess): number {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const REDEEM = `mutation($input: RedeemInput!) { redeem(input: $input) { __typename ... on Redemption { id } } }`;
const BALANCE = `query($id: ID!) { profile(id: $id) { balance { available { amount } } } }`;

async function apiRun(
  server: Server,
  secret: string,
  kind: 'balance' | 'redeem' | 'typename',
  profiles: string[],
  connections: number,
): Promise<Row['api']> {
  const before = await questions(server.config);
  let errors = 0;
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections,
    duration: DURATION,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const profileId = profiles[Math.floor(Math.random() * profiles.length)];
          const body =
            kind === 'typename'
              ? { query: '{ __typename }' }
              : kind === 'balance'
                ? { query: BALANCE, variables: { id: profileId } }
                : {
                    query: REDEEM,
                    variables: { input: { profileId, amount: 1, idempotencyKey: newId() } },
                  };
          return { ...req, body: JSON.stringify(body) };
        },
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"') || body.includes('Error"')) errors++;
        },
      },
    ],
  });
  // Requests still in flight when the clients stop finish before the next run starts.
  await new Promise((r) => setTimeout(r, 1500));
  const after = await questions(server.config);
  const done = result.requests.total;
  return {
    opsPerSec: Math.round(done / DURATION),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: errors + result.non2xx + result.errors,
    statements: before === null || after === null ? null : round1((after - before - 1) / done),
  };
}

// ------------------------------------------------------------------ raw SQL, the same work

interface Raw {
  run(
    kind: 'balance' | 'redeem',
    profiles: string[],
    connections: number,
  ): Promise<NonNullable<Row['raw']>>;
  close(): Promise<void>;
}

async function rawBaseline(config: DatabaseConfig): Promise<Raw> {
  if (config.kind !== 'mysql') return sqliteBaseline(config);
  const pool = mysql.createPool({
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
    database: config.database,
    connectionLimit: Math.max(...CONNECTIONS),
    timezone: 'Z',
  });
  // READ COMMITTED on every connection, as the app has it.
  pool.on('connection', (c) => c.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED'));
  const balance = async (profileId: string) => {
    await pool.execute(
      'SELECT currency, SUM(valueRemaining) AS available FROM rewards WHERE profileId = ? AND openUntil >= ? GROUP BY currency',
      [profileId, new Date()],
    );
  };
  const redeem = async (profileId: string) => {
    const conn = await pool.getConnection();
    try {
      const now = new Date();
      await conn.beginTransaction();
      await conn.execute('SELECT id FROM profiles WHERE id = ? FOR UPDATE', [profileId]);
      const [rows] = await conn.execute(
        'SELECT id, valueRemaining FROM rewards WHERE profileId = ? AND currency = ? AND openUntil >= ? ORDER BY expiresAt, issuedAt, id LIMIT 1',
        [profileId, 'AUD', now],
      );
      const reward = (rows as { id: string }[])[0];
      const [last] = await conn.execute(
        'SELECT seq, balanceAfter FROM ledger_entries WHERE profileId = ? AND currency = ? ORDER BY seq DESC LIMIT 1',
        [profileId, 'AUD'],
      );
      const head = (last as { seq: number; balanceAfter: string }[])[0];
      const redemptionId = newId();
      await conn.execute(
        'UPDATE rewards SET openUntil = CASE WHEN valueRemaining > 1 THEN expiresAt END, valueRemaining = valueRemaining - 1 WHERE id = ? AND valueRemaining >= 1',
        [reward.id],
      );
      await conn.execute(
        "INSERT INTO redemptions (id, profileId, currency, status, requested, amount, returned, lineDiscounts, createdAt, createdBy) VALUES (?, ?, 'AUD', 'COMPLETED', 1, 1, 0, '[]', ?, 'bench')",
        [redemptionId, profileId, now],
      );
      await conn.execute(
        'INSERT INTO redemption_allocations (id, redemptionId, rewardId, position, amount, returned) VALUES (?, ?, ?, 0, 1, 0)',
        [newId(), redemptionId, reward.id],
      );
      await conn.execute(
        "INSERT INTO ledger_entries (id, profileId, currency, seq, type, rewardId, redemptionId, amount, balanceAfter, actor, createdAt) VALUES (?, ?, 'AUD', ?, 'REDEEM', ?, ?, -1, ?, 'bench', ?)",
        [
          newId(),
          profileId,
          head.seq + 1,
          reward.id,
          redemptionId,
          Number(head.balanceAfter) - 1,
          now,
        ],
      );
      await conn.commit();
    } catch (err) {
      await conn.rollback();
      throw err;
    } finally {
      conn.release();
    }
  };
  return {
    async run(kind, profiles, connections) {
      const before = await questions(config);
      const r = await closedLoop(kind === 'balance' ? balance : redeem, profiles, connections);
      const after = await questions(config);
      return {
        ...r,
        statements:
          before === null || after === null ? null : round1((after - before - 1) / r.done),
      };
    },
    close: () => pool.end(),
  };
}

/** SQLite: the same statements on one connection (the embedded database has one writer). */
async function sqliteBaseline(config: DatabaseConfig & { kind: 'sqlite' }): Promise<Raw> {
  const Sqlite = (await import('better-sqlite3')).default;
  const conn = new Sqlite(config.file);
  conn.pragma('busy_timeout = 5000');
  const iso = () => new Date().toISOString().replace('T', ' ').replace('Z', '');
  const balanceStmt = conn.prepare(
    'SELECT currency, SUM(valueRemaining) AS available FROM rewards WHERE profileId = ? AND openUntil >= ? GROUP BY currency',
  );
  const pick = conn.prepare(
    'SELECT id FROM rewards WHERE profileId = ? AND currency = ? AND openUntil >= ? ORDER BY expiresAt, issuedAt, id LIMIT 1',
  );
  const headStmt = conn.prepare(
    'SELECT seq, balanceAfter FROM ledger_entries WHERE profileId = ? AND currency = ? ORDER BY seq DESC LIMIT 1',
  );
  const spend = conn.prepare(
    'UPDATE rewards SET openUntil = CASE WHEN valueRemaining > 1 THEN expiresAt END, valueRemaining = valueRemaining - 1 WHERE id = ? AND valueRemaining >= 1',
  );
  const insRedemption = conn.prepare(
    "INSERT INTO redemptions (id, profileId, currency, status, requested, amount, returned, lineDiscounts, createdAt, createdBy) VALUES (?, ?, 'AUD', 'COMPLETED', 1, 1, 0, '[]', ?, 'bench')",
  );
  const insAllocation = conn.prepare(
    'INSERT INTO redemption_allocations (id, redemptionId, rewardId, position, amount, returned) VALUES (?, ?, ?, 0, 1, 0)',
  );
  const insLedger = conn.prepare(
    "INSERT INTO ledger_entries (id, profileId, currency, seq, type, rewardId, redemptionId, amount, balanceAfter, actor, createdAt) VALUES (?, ?, 'AUD', ?, 'REDEEM', ?, ?, -1, ?, 'bench', ?)",
  );
  const redeem = conn.transaction((profileId: string) => {
    const now = iso();
    const reward = pick.get(profileId, 'AUD', now) as { id: string };
    const head = headStmt.get(profileId, 'AUD') as { seq: number; balanceAfter: number };
    const redemptionId = newId();
    spend.run(reward.id);
    insRedemption.run(redemptionId, profileId, now);
    insAllocation.run(newId(), redemptionId, reward.id);
    insLedger.run(
      newId(),
      profileId,
      head.seq + 1,
      reward.id,
      redemptionId,
      head.balanceAfter - 1,
      now,
    );
  });
  return {
    async run(kind, profiles, connections) {
      const work = (profileId: string) => {
        if (kind === 'balance') balanceStmt.all(profileId, iso());
        else redeem.immediate(profileId);
        return Promise.resolve();
      };
      return { ...(await closedLoop(work, profiles, connections)), statements: null };
    },
    close: () => Promise.resolve(void conn.close()),
  };
}

/** `connections` clients each running `work` back to back for the run's duration. */
async function closedLoop(
  work: (profileId: string) => Promise<void>,
  profiles: string[],
  connections: number,
) {
  const latencies: number[] = [];
  const end = performance.now() + DURATION * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        await work(profiles[Math.floor(Math.random() * profiles.length)]);
        latencies.push(performance.now() - start);
        // Let the event loop breathe on synchronous (SQLite) work.
        if (latencies.length % 64 === 0) await new Promise((r) => setImmediate(r));
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    done: latencies.length,
    opsPerSec: Math.round(latencies.length / DURATION),
    p50: round1(percentile(latencies, 0.5)),
    p99: round1(percentile(latencies, 0.99)),
  };
}

async function questions(config: DatabaseConfig): Promise<number | null> {
  if (config.kind !== 'mysql') return null;
  const conn = await mysql.createConnection({
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
  });
  try {
    const [rows] = await conn.query("SHOW GLOBAL STATUS LIKE 'Questions'");
    return Number((rows as { Value: string }[])[0].Value);
  } finally {
    await conn.end();
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

// ------------------------------------------------------------------ results

function printRow(r: Row) {
  console.log(
    `${r.operation.padEnd(44)} c=${String(r.connections).padStart(2)}  api ${String(r.api.opsPerSec).padStart(6)}/s p99 ${String(r.api.p99).padStart(5)} ms` +
      (r.raw ? `  raw ${String(r.raw.opsPerSec).padStart(6)}/s` : '') +
      `  ratio ${r.ratio ?? '–'}  statements ${r.api.statements ?? '–'}/${r.raw?.statements ?? '–'}  rss ${r.serverRssMb} MB  errors ${r.api.errors}`,
  );
}

function writeResults(config: DatabaseConfig, seeded: SeedResult, rows: Row[]) {
  const dir = path.join(__dirname, '../../bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const name = `${config.kind}-${args.profiles}-${stamp}`;
  const meta = {
    database: describe(config),
    profiles: args.profiles,
    rewardsPerProfile: 5,
    durationSeconds: DURATION,
    node: process.version,
    cpus: os.cpus().length,
    seededRows: seeded.rows,
    // Other work on the machine skews every figure: the 1-minute load average as the
    // measurements started and as they ended.
    loadAverage: { start: loadAtStart, end: Number(os.loadavg()[0].toFixed(1)) },
  };
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ ...meta, rows }, null, 2));
  const md = [
    `# Benchmark: ${meta.database}, ${args.profiles} profiles, ${DURATION} s per run`,
    '',
    `Node ${meta.node}, ${meta.cpus} CPUs; server, database and load on the same machine; ` +
      `load average ${meta.loadAverage.start} at the start of the measurements, ${meta.loadAverage.end} at the end.`,
    '',
    '| operation | connections | API ops/s | API p50 / p99 ms | raw SQL ops/s | ratio | statements per op (API / raw) | server RSS MB | errors |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.operation} | ${r.connections} | ${r.api.opsPerSec} | ${r.api.p50} / ${r.api.p99} | ${r.raw?.opsPerSec ?? '–'} | ${r.ratio ?? '–'} | ${r.api.statements ?? '–'} / ${r.raw?.statements ?? '–'} | ${r.serverRssMb} | ${r.api.errors} |`,
    ),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, `${name}.md`), md);
  console.log(`\n${md}\nwritten to bench/results/${name}.{json,md}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
