#!/usr/bin/env node
// Breaking-change detection owned by the project: diffs the generated schema.graphql against
// the last released schema (server/api/released.graphql) with @graphql-inspector/core and
// fails on any BREAKING change (a removed field, a new required argument, a narrowed type...).
// Additions are welcome; when a release is cut, copy schema.graphql over the released file.
// Usage (from server/): node scripts/schema-breaking.mjs
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const server = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const released = path.join(server, 'api/released.graphql');
const current = path.join(server, '../schema.graphql');
const load = (file) => buildSchema(readFileSync(file, 'utf8'));

const changes = await diff(load(released), load(current));
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);
for (const c of breaking) console.error(`BREAKING: ${c.message}`);
for (const c of dangerous) console.warn(`dangerous: ${c.message}`);
console.log(
  `schema.graphql against the released schema: ${changes.length} change(s), ` +
    `${breaking.length} breaking, ${dangerous.length} dangerous`,
);
process.exit(breaking.length ? 1 : 0);
