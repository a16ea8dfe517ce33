import { afterEach, describe, expect, it } from 'vitest';
import { createDataSource } from '../../src/db/data-source';
import { openDatabase } from '../../src/db/database';
import { createScratchDatabase, ScratchDatabase } from '../../src/db/scratch';
import { ENTITIES } from '../../src/services';
import { TEST_DB } from '../support/harness';

let scratch: ScratchDatabase | undefined;
afterEach(async () => {
  await scratch?.drop();
});

describe(`migrations on an empty ${TEST_DB} database`, () => {
  it('create every table the entities describe, exactly', async () => {
    scratch = await createScratchDatabase(TEST_DB);
    const db = await openDatabase(scratch.config, ENTITIES);
    try {
      const tables = await db.dataSource
        .createQueryRunner()
        .getTables(['users', 'auth_sessions', 'api_keys']);
      expect(tables.map((t) => t.name.split('.').pop()).sort()).toEqual([
        'api_keys',
        'auth_sessions',
        'users',
      ]);
      const pending = await db.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('apply once: a second start applies nothing', async () => {
    scratch = await createScratchDatabase(TEST_DB);
    await (await openDatabase(scratch.config, ENTITIES)).close();
    const ds = createDataSource(scratch.config, ENTITIES);
    await ds.initialize();
    try {
      expect(await ds.showMigrations()).toBe(false);
      expect(await ds.runMigrations()).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('revert cleanly and apply again', async () => {
    scratch = await createScratchDatabase(TEST_DB);
    const ds = createDataSource(scratch.config, ENTITIES);
    await ds.initialize();
    try {
      const applied = await ds.runMigrations();
      expect(applied.length).toBeGreaterThan(0);
      for (let i = 0; i < applied.length; i++) await ds.undoLastMigration();
      expect(await ds.createQueryRunner().hasTable('users')).toBe(false);
      expect((await ds.runMigrations()).length).toBe(applied.length);
    } finally {
      await ds.destroy();
    }
  });
});
