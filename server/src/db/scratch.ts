import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DatabaseConfig, loadTestSettings, parseDatabaseUrl } from '../config';
import { describeMysqlProblem, formatMysqlProblem, MysqlProblem } from './mysql-problems';

const settings = loadTestSettings();

/** Server-level MySQL URL for scratch databases (tests, migration generation and checks). */
export const MYSQL_SERVER_URL = settings.mysqlUrl;

function testServer() {
  const server = parseDatabaseUrl(MYSQL_SERVER_URL);
  if (server.kind !== 'mysql') throw new Error('TEST_MYSQL_URL must be a mysql:// URL');
  return server;
}

export interface ScratchDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** A new, empty database of the given kind, for one test file or one check. */
export async function createScratchDatabase(kind: 'mysql' | 'sqlite'): Promise<ScratchDatabase> {
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (kind === 'sqlite') {
    const file = path.join(os.tmpdir(), `rewards_${suffix}.sqlite`);
    return {
      config: { kind: 'sqlite', file },
      drop: () => {
        for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
        return Promise.resolve();
      },
    };
  }
  const server = testServer();
  // Scratch names share the configured database's name as a prefix, so one grant covers them.
  const database = `${server.database}_t_${suffix}`;
  const admin = await mysql.createConnection({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password,
  });
  try {
    await admin.query(
      `CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await admin.end();
  }
  return {
    config: { ...server, database },
    drop: async () => {
      const conn = await mysql.createConnection({
        host: server.host,
        port: server.port,
        user: server.user,
        password: server.password,
      });
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${database}\``);
      } finally {
        await conn.end();
      }
    },
  };
}

/**
 * What stops the MySQL suites from running, or null when nothing does: the test server must
 * answer, accept the login and let the user create (and drop) a scratch database.
 */
export async function mysqlProblem(): Promise<MysqlProblem | null> {
  const server = testServer();
  let conn: mysql.Connection | undefined;
  try {
    conn = await mysql.createConnection({
      host: server.host,
      port: server.port,
      user: server.user,
      password: server.password,
      connectTimeout: 3_000,
    });
    const probe = `${server.database}_t_probe_${randomBytes(4).toString('hex')}`;
    await conn.query(`CREATE DATABASE \`${probe}\``);
    await conn.query(`DROP DATABASE \`${probe}\``);
    return null;
  } catch (err) {
    return describeMysqlProblem(err, server, 'tests');
  } finally {
    await conn?.end().catch(() => undefined);
  }
}

/** Whether the MySQL test server is there and usable. */
export async function mysqlAvailable(): Promise<boolean> {
  return (await mysqlProblem()) === null;
}

/**
 * Whether MySQL suites and checks run: always in CI (where a MySQL problem is a failure),
 * elsewhere only when the server is usable, so a fresh machine can still test. The problem,
 * when there is one, is named with its fix.
 */
export async function mysqlRequiredOrAvailable(
  log: (line: string) => void,
): Promise<{ run: boolean; problem: MysqlProblem | null }> {
  const problem = await mysqlProblem();
  if (!problem) return { run: true, problem: null };
  const where = MYSQL_SERVER_URL.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  if (settings.requireMysql) {
    throw new Error(
      `${formatMysqlProblem(problem)} (TEST_MYSQL_URL=${where}); CI requires the MySQL suites`,
    );
  }
  log(`MySQL suites are skipped: ${formatMysqlProblem(problem)} (TEST_MYSQL_URL=${where})`);
  return { run: false, problem };
}
