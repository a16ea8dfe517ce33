import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { PreparedStatement } from '../../src/db/prepared';

// A process can hold data sources of both kinds (the tests do): a prepared statement's SQL
// is made for each one by its own driver, never borrowed from the other.
describe('PreparedStatement', () => {
  const mysql = new DataSource({ type: 'mysql' });
  const sqlite = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
  const statement = new PreparedStatement(
    (em) => `SELECT ${em.connection.driver.escape('valueRemaining')} FROM t WHERE id = :id`,
  );

  it('makes its SQL once per data source, with that driver quoting names', () => {
    expect(statement.sql(mysql.manager)).toBe('SELECT `valueRemaining` FROM t WHERE id = :id');
    expect(statement.sql(sqlite.manager)).toBe('SELECT "valueRemaining" FROM t WHERE id = :id');
    expect(statement.sql(mysql.manager)).toBe('SELECT `valueRemaining` FROM t WHERE id = :id');
  });

  it('refuses a list parameter, whose SQL would change with the list', () => {
    const list = new PreparedStatement(() => 'SELECT 1 FROM t WHERE id IN (:...ids)');
    expect(() => list.sql(sqlite.manager)).toThrow('no list parameters');
  });
});
