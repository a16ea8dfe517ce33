/**
 * The app user's privileges on MySQL: everything it needs, and on the ledger only what an
 * append-only record allows. Triggers refuse UPDATE and DELETE on ledger_entries as well, but
 * the scale-out engines (TiDB, Vitess) run no triggers; privileges hold there too.
 */

/** Tables the app only ever inserts into and reads. */
export const APPEND_ONLY_TABLES = ['ledger_entries'] as const;

/** Tables only the migration user writes (TypeORM's record of applied migrations). */
export const MIGRATION_ONLY_TABLES = ['migrations'] as const;

const quoteName = (name: string) => `\`${name.replace(/`/g, '``')}\``;
const quoteString = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The statements that give `user`@`host` the app's privileges on `tables` of `database`. */
export function appGrants(options: {
  database: string;
  user: string;
  host: string;
  tables: readonly string[];
}): string[] {
  const to = `${quoteString(options.user)}@${quoteString(options.host)}`;
  const db = quoteName(options.database);
  return [...options.tables].sort().map((table) => {
    const privileges = (APPEND_ONLY_TABLES as readonly string[]).includes(table)
      ? 'SELECT, INSERT'
      : (MIGRATION_ONLY_TABLES as readonly string[]).includes(table)
        ? 'SELECT'
        : 'SELECT, INSERT, UPDATE, DELETE';
    return `GRANT ${privileges} ON ${db}.${quoteName(table)} TO ${to};`;
  });
}
