import 'reflect-metadata';
import fs from 'node:fs';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { migrateDatabase, openDatabase } from './db/database';
import { describeDatabase } from './db/describe';
import { describeMysqlProblem, formatMysqlProblem } from './db/mysql-problems';
import { systemClock } from './core/clock';
import { RequestContext } from './core/context';
import { createLogger } from './core/logger';
import { DEMO_ADMIN, DEMO_MANAGER, seedDemoData } from './demo/seed';
import { createServices, ENTITIES } from './services';

// config → database → services → HTTP, nothing else.
async function main() {
  // A .env file beside the working directory, when present; real environment variables win.
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`rewards: refusing to start: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const demo = process.argv.includes('--demo');

  logger.info({ database: describeDatabase(config.database) }, 'opening the database');
  // Migrations run as the migration user when one is set (MIGRATION_DATABASE_URL); the app
  // then connects as its own user, which may lack UPDATE and DELETE on the ledger.
  const migrator = config.migrationDatabase;
  let failing = config.database;
  const db = await (async () => {
    if (migrator) {
      failing = migrator;
      await migrateDatabase(migrator, ENTITIES);
      failing = config.database;
    }
    return openDatabase(config.database, ENTITIES, { migrate: !migrator });
  })().catch((err: Error) => {
    const database = describeDatabase(failing);
    if (failing.kind === 'mysql') {
      // Named for what it is (a refused login, an unknown database, no server), with the fix.
      const problem = describeMysqlProblem(err, failing, 'app');
      logger.fatal(
        { database, problem: problem.problem, fix: problem.fix },
        'cannot open the database',
      );
      console.error(`rewards: cannot open the database: ${formatMysqlProblem(problem)}`);
    } else {
      logger.fatal({ err, database }, 'cannot open the database');
    }
    process.exit(1);
  });
  const services = createServices(config);
  const app = await createApp({ config, db, logger, services, clock: systemClock });
  const system = RequestContext.create(db, { kind: 'system', job: 'boot' });
  if (demo) {
    await seedDemoData(system, services, logger);
  } else {
    await services.auth.ensureInitialAdmin(
      system,
      { email: config.adminEmail, password: config.adminPassword },
      logger,
    );
  }

  await new Promise<void>((resolve) => app.server.listen(config.port, resolve));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  logger.info({ url, graphql: `${url}/graphql` }, 'rewards is listening');
  if (demo) {
    console.log(
      `\n  Rewards is running at ${url}\n` +
        `  Sign in as ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password} (ADMIN)` +
        ` or ${DEMO_MANAGER.email} / ${DEMO_MANAGER.password} (MANAGER)\n`,
    );
  }

  // SIGTERM: stop accepting, let requests in flight finish (at most the drain grace), close
  // the pool, exit 0; whatever happens, the process is gone within 10 s.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests in flight');
    setTimeout(() => {
      logger.error({ signal }, 'shutdown did not finish in 10 s; exiting');
      process.exit(1);
    }, 10_000).unref();
    try {
      await app.stop();
      await db.close();
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
    logger.info({ signal }, 'stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
