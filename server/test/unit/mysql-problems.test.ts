import { describe, expect, it } from 'vitest';
import { describeMysqlProblem } from '../../src/db/mysql-problems';

const server = {
  kind: 'mysql' as const,
  flavor: 'mariadb' as const,
  host: '127.0.0.1',
  port: 3306,
  user: 'rewards',
  password: 'secret',
  database: 'rewards',
};

describe('MySQL problems are named for what they are', () => {
  it('a refused login names the account and the file that creates it', () => {
    const p = describeMysqlProblem(
      { code: 'ER_ACCESS_DENIED_ERROR', errno: 1045 },
      server,
      'tests',
    );
    expect(p.kind).toBe('access-denied');
    expect(p.problem).toContain("access denied for 'rewards'@'127.0.0.1'");
    expect(p.fix).toContain('sudo mysql < server/test/mysql-setup.sql');
  });

  it('missing rights on the scratch databases says which databases', () => {
    const p = describeMysqlProblem({ errno: 1044 }, server, 'tests');
    expect(p.kind).toBe('no-database-rights');
    expect(p.problem).toContain('rewards_*');
  });

  it('an unknown database gives the statement that creates it', () => {
    const p = describeMysqlProblem({ code: 'ER_BAD_DB_ERROR' }, server, 'app');
    expect(p.kind).toBe('unknown-database');
    expect(p.fix).toContain('CREATE DATABASE');
  });

  it('no server answering is not mistaken for a refused login', () => {
    const p = describeMysqlProblem({ code: 'ECONNREFUSED' }, server, 'tests');
    expect(p.kind).toBe('unreachable');
    expect(p.problem).toBe('no MySQL server answers at 127.0.0.1:3306 (ECONNREFUSED)');
  });

  it('reads the driver error inside a TypeORM error, and never echoes the password', () => {
    const p = describeMysqlProblem({ driverError: { errno: 1045 } }, server, 'app');
    expect(p.kind).toBe('access-denied');
    expect(JSON.stringify(p)).not.toContain('secret');
  });
});
