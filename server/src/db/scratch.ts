import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DatabaseConfig, parseDatabaseUrl } from '../config';

/** Server-level MySQL URL for scratch databases (tests, migration generation and checks). */
export const MYSQL_SERVER_URL =
  process.env.TEST_MYSQL_URL ?? 'mariadb://rewards:rewards@127.0.0.1:3306/rewards';

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
  const server = parseDatabaseUrl(MYSQL_SERVER_URL);
  if (server.kind !== 'mysql') throw new Error('TEST_MYSQL_URL must be a mysql:// URL');
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

/** Whether the MySQL test server answers. */
export async function mysqlAvailable(): Promise<boolean> {
  const server = parseDatabaseUrl(MYSQL_SERVER_URL);
  if (server.kind !== 'mysql') return false;
  try {
    const conn = await mysql.createConnection({
      host: server.host,
      port: server.port,
      user: server.user,
      password: server.password,
      connectTimeout: 3_000,
    });
    await conn.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether MySQL suites and checks run: always in CI (where an unreachable server is a
 * failure), elsewhere only when the server answers, so a fresh machine can still test.
 */
export async function mysqlRequiredOrAvailable(log: (line: string) => void): Promise<boolean> {
  if (await mysqlAvailable()) return true;
  const where = MYSQL_SERVER_URL.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  if (process.env.CI === 'true' || process.env.REQUIRE_MYSQL === '1') {
    throw new Error(`MySQL is not reachable at ${where} (TEST_MYSQL_URL), and CI requires it`);
  }
  log(`MySQL is not reachable at ${where} (set TEST_MYSQL_URL); MySQL suites are skipped`);
  return false;
}
