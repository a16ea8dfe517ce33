import type { DatabaseConfig } from '../config';

type MysqlConfig = Extract<DatabaseConfig, { kind: 'mysql' }>;

/** A MySQL connection problem in words, with the one thing to do about it. */
export interface MysqlProblem {
  kind: 'access-denied' | 'no-database-rights' | 'unknown-database' | 'unreachable' | 'other';
  problem: string;
  fix: string;
}

/** The committed statements that create the test user; `.ci/run` applies the same file. */
export const TEST_USER_SQL_FILE = 'server/test/mysql-setup.sql';

function driverCode(err: unknown): { code?: string; errno?: number; message: string } {
  const e = err as { code?: string; errno?: number; message?: string; driverError?: unknown };
  const inner = (e?.driverError ?? e) as { code?: string; errno?: number; message?: string };
  return { code: inner?.code, errno: inner?.errno, message: String(inner?.message ?? err) };
}

/**
 * Names what went wrong connecting to MySQL: a refused login, missing rights, an unknown
 * database or no server answering, each with its fix. `purpose` chooses the fix: the test user
 * (tests and migration checks) or the application's own DATABASE_URL.
 */
export function describeMysqlProblem(
  err: unknown,
  server: MysqlConfig,
  purpose: 'tests' | 'app',
): MysqlProblem {
  const { code, errno, message } = driverCode(err);
  const where = `${server.host}:${server.port}`;
  const account = `'${server.user}'@'${server.host}'`;
  const createUser =
    purpose === 'tests'
      ? `create the test user as the database's administrator: sudo mysql < ${TEST_USER_SQL_FILE}`
      : `create it as the database's administrator: CREATE USER '${server.user}'@'%' IDENTIFIED BY '<password>'; ` +
        `GRANT ALL PRIVILEGES ON \`${server.database}\`.* TO '${server.user}'@'%';`;
  if (code === 'ER_ACCESS_DENIED_ERROR' || errno === 1045) {
    return {
      kind: 'access-denied',
      problem: `MySQL at ${where} refused the login: access denied for ${account} (wrong password or no such user)`,
      fix: createUser,
    };
  }
  if (code === 'ER_DBACCESS_DENIED_ERROR' || errno === 1044) {
    return {
      kind: 'no-database-rights',
      problem:
        purpose === 'tests'
          ? `MySQL at ${where} lets ${account} sign in but not create databases named ${server.database}_*`
          : `MySQL at ${where} lets ${account} sign in but not use database '${server.database}'`,
      fix:
        purpose === 'tests'
          ? `grant them as the administrator: sudo mysql < ${TEST_USER_SQL_FILE}`
          : `GRANT ALL PRIVILEGES ON \`${server.database}\`.* TO ${account};`,
    };
  }
  if (code === 'ER_BAD_DB_ERROR' || errno === 1049) {
    return {
      kind: 'unknown-database',
      problem: `MySQL at ${where} has no database '${server.database}'`,
      fix: `create it: mysql -u root -e "CREATE DATABASE \\\`${server.database}\\\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"`,
    };
  }
  if (
    code === 'ECONNREFUSED' ||
    code === 'ETIMEDOUT' ||
    code === 'ENOTFOUND' ||
    code === 'EHOSTUNREACH' ||
    code === 'EAI_AGAIN'
  ) {
    return {
      kind: 'unreachable',
      problem: `no MySQL server answers at ${where} (${code})`,
      fix:
        server.host === '127.0.0.1' || server.host === 'localhost'
          ? 'start MySQL or MariaDB on this machine (e.g. sudo systemctl start mariadb), or point ' +
            (purpose === 'tests' ? 'TEST_MYSQL_URL' : 'DATABASE_URL') +
            ' at one that runs'
          : `check that ${where} is reachable from here`,
    };
  }
  return { kind: 'other', problem: `MySQL at ${where}: ${message}`, fix: 'see the message above' };
}

export function formatMysqlProblem(p: MysqlProblem): string {
  return `${p.problem}. Fix: ${p.fix}`;
}
