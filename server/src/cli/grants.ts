import mysql from 'mysql2/promise';
import { loadConfig } from '../config';
import { appGrants } from '../db/grants';

// The app user's GRANTs, per table of the migrated database (run after each migration):
//   node dist/cli/grants.js [--host <host>] [--apply]
// Prints them for DATABASE_URL's user; --apply runs them as the migration user
// (MIGRATION_DATABASE_URL), who needs GRANT OPTION. SQLite has no users: nothing to grant.
// The app user must hold no broader grants (no database-wide UPDATE or DELETE).

async function main() {
  const args = process.argv.slice(2);
  const apply = args.includes('--apply');
  const hostAt = args.indexOf('--host');
  const host = hostAt >= 0 ? args[hostAt + 1] : '%';
  if (!host) throw new Error('usage: grants [--host <host>] [--apply]');
  const config = loadConfig();
  const app = config.database;
  if (app.kind !== 'mysql') {
    console.log('-- SQLite has no database users: nothing to grant.');
    return;
  }
  const migrator = config.migrationDatabase ?? app;
  if (migrator.kind !== 'mysql') throw new Error('MIGRATION_DATABASE_URL must be MySQL');
  const conn = await mysql.createConnection({
    host: migrator.host,
    port: migrator.port,
    user: migrator.user,
    password: migrator.password,
    database: app.database,
  });
  try {
    const [rows] = await conn.query<mysql.RowDataPacket[]>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'",
      [app.database],
    );
    const grants = appGrants({
      database: app.database,
      user: app.user,
      host,
      tables: rows.map((r) => String(r.name)),
    });
    for (const statement of grants) {
      console.log(statement);
      if (apply) await conn.query(statement);
    }
    if (apply) console.log(`-- applied ${grants.length} grant(s)`);
  } finally {
    await conn.end();
  }
}

main().catch((err: Error) => {
  console.error(`grants: ${err.message}`);
  process.exit(1);
});
