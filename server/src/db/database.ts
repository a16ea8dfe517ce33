import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { createDataSource, DatabaseKind, EntityList } from './data-source';
import { hydrate, PreparedStatement, selectColumns } from './prepared';
import { StatementCounter } from './statements';

// MySQL error numbers worth retrying the whole unit of work for.
const ER_LOCK_DEADLOCK = 1213;
const ER_LOCK_WAIT_TIMEOUT = 1205;
const MAX_ATTEMPTS = 6;

/** Returned from a unit of work to roll it back while still handing the value to the caller. */
export class Rollback<T> {
  constructor(readonly value: T) {}
}

export interface LockFirst<E extends ObjectLiteral> {
  entity: EntityTarget<E>;
  id: string;
}

export interface TransactionOptions<E extends ObjectLiteral> {
  /**
   * The row locked before anything else (usually the profile), so every writer on that
   * profile queues behind the same lock and lock order is the same everywhere. (A
   * money-moving operation first inserts its idempotency key, a row no other key shares,
   * and then takes this lock: see IdempotencyService.run.)
   */
  lockFirst?: LockFirst<E>;
}

function mysqlErrno(err: unknown): number | undefined {
  if (err instanceof QueryFailedError) {
    const driverError = err.driverError as { errno?: number } | undefined;
    return driverError?.errno;
  }
  return (err as { errno?: number } | null)?.errno;
}

export function isRetryable(err: unknown): boolean {
  const errno = mysqlErrno(err);
  return errno === ER_LOCK_DEADLOCK || errno === ER_LOCK_WAIT_TIMEOUT;
}

/**
 * The database the app talks to, and the one transaction helper every write goes through.
 * On MySQL a unit of work locks the named row first and is retried whole on deadlock or
 * lock-wait timeout. SQLite has one connection and no row locks, so units of work run one
 * at a time in-process.
 */
export class Database {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly locks = new Map<EntityTarget<ObjectLiteral>, PreparedStatement>();
  // Pooled MySQL connections already switched to READ COMMITTED for their session.
  private readonly readCommitted = new WeakSet<object>();

  constructor(
    readonly dataSource: DataSource,
    /** Every statement this process sends (the benchmark and statement budgets read it). */
    readonly statements: StatementCounter = new StatementCounter(),
  ) {}

  get kind(): DatabaseKind {
    return this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async transaction<T, E extends ObjectLiteral = ObjectLiteral>(
    work: (em: EntityManager, locked: E | null) => Promise<T | Rollback<T>>,
    options: TransactionOptions<E> = {},
  ): Promise<T> {
    if (this.kind === 'sqlite') return this.serialised(() => this.attempt(work, options));
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(work, options);
      } catch (err) {
        if (!isRetryable(err) || attempt >= MAX_ATTEMPTS) throw err;
        // Jittered backoff so retried transactions do not collide again in lockstep.
        await new Promise((r) => setTimeout(r, Math.random() * 10 * 2 ** attempt));
      }
    }
  }

  private async attempt<T, E extends ObjectLiteral>(
    work: (em: EntityManager, locked: E | null) => Promise<T | Rollback<T>>,
    { lockFirst }: TransactionOptions<E>,
  ): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // READ COMMITTED on MySQL: once a lock is granted, every read sees what the previous
      // holder committed. Under REPEATABLE READ a snapshot taken before waiting for a lock
      // would hide it (a classic lost update); the row locks do the serialising. Set once per
      // pooled connection rather than per transaction, saving a round trip each time.
      if (this.kind === 'mysql') {
        const connection = (runner as unknown as { databaseConnection: object }).databaseConnection;
        if (!this.readCommitted.has(connection)) {
          await runner.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
          this.readCommitted.add(connection);
        }
      }
      await runner.startTransaction();
      try {
        const locked = lockFirst ? await this.lock(runner.manager, lockFirst) : null;
        const result = await work(runner.manager, locked);
        if (result instanceof Rollback) {
          await runner.rollbackTransaction();
          return result.value;
        }
        await runner.commitTransaction();
        return result;
      } catch (err) {
        // An explicit rollback also releases locks after a lock-wait timeout, which MySQL
        // does not do by itself.
        if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
        throw err;
      }
    } finally {
      await runner.release();
    }
  }

  /**
   * Reads the row and, on MySQL, locks it for the rest of the transaction. Every money
   * path starts here, so its statement is prepared once per entity.
   */
  async lock<E extends ObjectLiteral>(
    em: EntityManager,
    { entity, id }: LockFirst<E>,
  ): Promise<E | null> {
    let statement = this.locks.get(entity);
    if (!statement) {
      statement = new PreparedStatement((em) => {
        const metadata = em.connection.getMetadata(entity);
        const driver = em.connection.driver;
        const [key] = metadata.primaryColumns;
        return (
          `SELECT ${selectColumns(em, entity, 'l')} FROM ${driver.escape(metadata.tablePath)} l ` +
          `WHERE l.${driver.escape(key.databaseName)} = :id` +
          (this.kind === 'mysql' ? ' FOR UPDATE' : '')
        );
      });
      this.locks.set(entity, statement);
    }
    const [row] = await statement.run(em, { id });
    return row ? hydrate(em, entity, row, 'l_') : null;
  }

  /** The value of a unit of work that asked to roll back, as a nested unit hands it on. */
  unwrap<T>(result: T | Rollback<T>): T {
    return result instanceof Rollback ? result.value : result;
  }

  private serialised<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Answers only when the database does; used by /health. */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    if (!this.dataSource.isInitialized) return false;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('database ping timed out')), timeoutMs);
      });
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Connects and applies pending migrations. */
export async function openDatabase(
  config: DatabaseConfig,
  entities: EntityList,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<Database> {
  const statements = new StatementCounter();
  const dataSource = createDataSource(config, entities, statements);
  await dataSource.initialize();
  if (migrate) await dataSource.runMigrations({ transaction: 'each' });
  return new Database(dataSource, statements);
}

/**
 * Applies pending migrations as the migration user (MIGRATION_DATABASE_URL), on its own
 * short-lived connection; the app then connects as its own, restricted user.
 */
export async function migrateDatabase(
  config: DatabaseConfig,
  entities: EntityList,
): Promise<number> {
  const dataSource = createDataSource(config, entities);
  await dataSource.initialize();
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).length;
  } finally {
    await dataSource.destroy();
  }
}
