import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

// The hot paths' statements (a balance, a redeem's lock, draw and inserts) with their SQL
// built once instead of per request. A CPU profile under load put a sixth of the server's
// time in TypeORM's query builders; and MySQL parses a long statement again each time it
// arrives as text, where a prepared one is parsed once per connection.

type Row = Record<string, unknown>;

interface MysqlCallbackConnection {
  execute(sql: string, values: unknown[], cb: (err: Error | null, rows: unknown) => void): void;
}

/**
 * A statement whose SQL, with `:named` parameters, is fixed: built on first use (often by
 * TypeORM's query builder, so it reads like every other query) and then reused. Each run
 * binds values through TypeORM's driver (so dates and booleans are stored exactly as the
 * builder stores them); on MySQL it runs as a server-side prepared statement.
 *
 * Only fixed shapes belong here: no `:...list` parameters, whose SQL changes with the list's
 * length (each shape would be another prepared statement on every connection).
 */
export class PreparedStatement {
  // Per data source: its driver quotes names its own way (a process may hold MySQL and SQLite).
  private readonly named = new WeakMap<DataSource, string>();

  constructor(private readonly build: (em: EntityManager) => string) {}

  sql(em: EntityManager): string {
    let named = this.named.get(em.connection);
    if (named === undefined) {
      named = this.build(em);
      if (/:\.\.\./.test(named)) throw new Error('a prepared statement takes no list parameters');
      this.named.set(em.connection, named);
    }
    return named;
  }

  /** The rows of a SELECT. */
  async run(em: EntityManager, values: ObjectLiteral): Promise<Row[]> {
    return (await this.send(em, values)) as Row[];
  }

  /** An UPDATE or DELETE: how many rows it changed. */
  async change(em: EntityManager, values: ObjectLiteral): Promise<number> {
    const result = await this.send(em, values, true);
    return (
      (result as { affectedRows?: number; affected?: number }).affectedRows ??
      (result as { affected?: number }).affected ??
      0
    );
  }

  private async send(em: EntityManager, values: ObjectLiteral, structured = false) {
    const driver = em.connection.driver;
    const [sql, params] = driver.escapeQueryWithParameters(this.sql(em), values, {});
    const bound = (params as unknown[]).map((p) => (p === undefined ? null : p));
    const connection = driver.options.type === 'better-sqlite3' ? null : await mysqlConnection(em);
    if (!connection) {
      if (!structured) return em.query<unknown>(sql, bound);
      // SQLite tells how many rows a statement changed only in TypeORM's structured result.
      const runner = em.queryRunner ?? em.connection.createQueryRunner();
      try {
        return await runner.query(sql, bound, true);
      } finally {
        if (!em.queryRunner) await runner.release();
      }
    }
    em.connection.logger.logQuery(sql, bound, em.queryRunner);
    return new Promise<unknown>((resolve, reject) =>
      connection.execute(sql, bound, (err, result) =>
        err ? reject(new QueryFailedError(sql, bound, err)) : resolve(result),
      ),
    );
  }
}

/** The transaction's connection, or the pool for a read outside one. */
async function mysqlConnection(em: EntityManager): Promise<MysqlCallbackConnection | null> {
  const runner = em.queryRunner;
  if (runner) {
    if (runner.isReleased) return null;
    return (await runner.connect()) as MysqlCallbackConnection;
  }
  const pool = (em.connection.driver as unknown as { pool?: MysqlCallbackConnection }).pool;
  return pool ?? null;
}

/**
 * An entity from a raw row whose columns are named `${prefix}${column}`, converted by the
 * driver as TypeORM converts what it loads itself.
 */
export function hydrate<E extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<E>,
  row: Row,
  prefix = '',
): E {
  const metadata = em.connection.getMetadata(target);
  const driver = em.connection.driver;
  const entity = metadata.create() as E;
  for (const column of metadata.columns) {
    const value = row[prefix + column.databaseName];
    column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
  }
  return entity;
}

/** `SELECT` of every column of an entity's table, aliased `${alias}_${column}`. */
export function selectColumns(
  em: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  alias: string,
) {
  const driver = em.connection.driver;
  return em.connection
    .getMetadata(target)
    .columns.map(
      (c) =>
        `${alias}.${driver.escape(c.databaseName)} AS ${driver.escape(`${alias}_${c.databaseName}`)}`,
    )
    .join(', ');
}

interface InsertShape {
  sql: string;
  columns: ColumnMetadata[];
}
const inserts = new WeakMap<object, Map<number, InsertShape>>();

/**
 * Inserts rows of one entity in one statement, without reading them back; the statement's
 * text is made once per entity and row count. The same values TypeORM's insert builder
 * would send (each column's persistent form).
 */
export async function insertRows<E extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<E>,
  rows: readonly E[],
): Promise<void> {
  if (!rows.length) return;
  const metadata = em.connection.getMetadata(target);
  const driver = em.connection.driver;
  let shapes = inserts.get(metadata);
  if (!shapes) {
    shapes = new Map<number, InsertShape>();
    inserts.set(metadata, shapes);
  }
  let shape = shapes.get(rows.length);
  if (!shape) {
    // Few shapes are common (a redeem draws on a handful of rewards); big batches vary.
    const columns = metadata.columns.filter((c) => c.isInsert);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const sql =
      `INSERT INTO ${driver.escape(metadata.tablePath)} ` +
      `(${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES ` +
      Array.from({ length: rows.length }, () => tuple).join(', ');
    shape = { sql, columns };
    if (rows.length <= 32) shapes.set(rows.length, shape);
  }
  const values: unknown[] = [];
  for (const row of rows) {
    for (const column of shape.columns) {
      const value: unknown = column.getEntityValue(row);
      if (value !== undefined) values.push(driver.preparePersistentValue(value, column));
      else if (typeof column.default === 'function') {
        throw new Error(
          `insertRows needs a value for ${metadata.tableName}.${column.databaseName}`,
        );
      } else values.push(column.default ?? null);
    }
  }
  await em.query(shape.sql, values);
}
