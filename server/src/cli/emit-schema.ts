import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from '../graphql/schema';
import { RESOLVERS } from '../services';

/** The committed schema file, printed from the code, sorted for stable diffs. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../../schema.graphql');

export async function printSortedSchema(): Promise<string> {
  const header =
    '# Generated from the server code by `pnpm --dir server schema:emit`. Do not edit.\n\n';
  return header + printSchema(lexicographicSortSchema(await getSchema(RESOLVERS))) + '\n';
}

async function main() {
  const text = await printSortedSchema();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (current !== text) {
      console.error('schema.graphql is stale: run `pnpm --dir server schema:emit` and commit it.');
      process.exit(1);
    }
    console.log('schema.graphql is up to date');
    return;
  }
  fs.writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${SCHEMA_FILE}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
