import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, EntitySchema } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { StatementCounter } from './statements';

export type DatabaseKind = DatabaseConfig['kind'];

/** The entity classes of every module (the composition root hands them in). */
export type EntityList = (Function | EntitySchema)[];

/** TypeORM options for either database; the app, the migration CLI and the tests share them. */
export function dataSourceOptions(config: DatabaseConfig, entities: EntityList): DataSourceOptions {
  const common = {
    entities,
    synchronize: false,
    migrationsRun: false,
    logging: false,
  } as const;
  if (config.kind === 'mysql') {
    return {
      ...common,
      type: config.flavor,
      host: config.host,
      port: config.port,
      username: config.user,
      password: config.password,
      database: config.database,
      charset: 'utf8mb4_unicode_ci',
      // Store and read DATETIME as UTC whatever the server's zone.
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: false,
      connectTimeout: 5_000,
      poolSize: 10,
      migrations: MYSQL_MIGRATIONS,
      migrationsTransactionMode: 'each',
    };
  }
  if (config.file !== ':memory:') fs.mkdirSync(path.dirname(config.file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.file,
    // WAL lets readers proceed while the single writer commits.
    enableWAL: config.file !== ':memory:',
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
    migrations: SQLITE_MIGRATIONS,
    migrationsTransactionMode: 'each',
  };
}

export function createDataSource(
  config: DatabaseConfig,
  entities: EntityList,
  statements = new StatementCounter(),
): DataSource {
  return new DataSource({ ...dataSourceOptions(config, entities), logger: statements });
}
