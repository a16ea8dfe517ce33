import fc from 'fast-check';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isLeafType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../../src/graphql/schema';
import { RESOLVERS } from '../../src/services';
import { createDefinition, fundedProfile, redeem } from '../support/factories';
import { Client, GqlResponse, startTestApp, TEST_DB, TestApp } from '../support/harness';
import { expectInvariants } from '../support/invariants';

// Property-based hostile input on every mutation: generated from the schema, so a new
// mutation is covered the moment it exists. Each request must get an answer (data, an
// ErrorResult or a GraphQL error with a code) but never a 500 or INTERNAL_SERVER_ERROR, and
// one refused as BAD_USER_INPUT must have written nothing.
//
// More cases than CI runs: FUZZ_CASES=100000 npx vitest run test/e2e/hostile-inputs.test.ts

const CASES = Number(process.env.FUZZ_CASES ?? (TEST_DB === 'sqlite' ? 7_000 : 3_000));
// Mutations that end the fuzzer's own session or change who it is.
const SKIPPED = new Set(['logout', 'changePassword']);

let t: TestApp;
let admin: Client;
let schema: GraphQLSchema;
/** Real ids, so generated requests also reach the checks behind "no such thing". */
const known: string[] = [];

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
  schema = await getSchema(RESOLVERS);
  const def = await createDefinition(admin, { value: 1000 });
  const { profile, rewards } = await fundedProfile(admin, [500, 700], def.id);
  const r = await redeem(admin, { profileId: profile.id, amount: 300 });
  known.push(def.id, profile.id, ...rewards, String(r.data?.redeem.id));
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    "'; DROP TABLE rewards; --",
    '%_%',
    '\u202e\u0301',
    '🎁'.repeat(40),
    'x'.repeat(12_000),
    '2026-02-30',
    'NaN',
    '-1',
    '{"a":1}',
    'https://169.254.169.254/',
    'http://localhost:1/',
    'CUST-1001',
    'AUD',
    'Nowhere/Land',
    'Australia/Melbourne',
    'READ_PROFILES',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const hostileInt = fc.oneof(
  fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 100, 5000, 999_999),
  fc.integer(),
);

function deepJson(depth: number): unknown {
  let v: unknown = { leaf: 1 };
  for (let i = 0; i < depth; i++) v = { n: v };
  return v;
}

const hostileJson = fc.oneof(
  fc.constantFrom(null, 1, 'text', [], [1, 2], deepJson(12), deepJson(200), {
    big: 'x'.repeat(6000),
  }),
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
);

function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    // Now and then a required value is left out or null: the server must say so, not crash.
    return fc.oneof(
      { weight: 12, arbitrary: arbitraryFor(type.ofType, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  const nullable = (a: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 3, arbitrary: a }, { weight: 1, arbitrary: fc.constant(undefined) });
  if (isListType(type)) {
    return nullable(
      fc.oneof(
        fc.array(arbitraryFor(type.ofType, depth + 1), { maxLength: 4 }),
        fc.array(arbitraryFor(type.ofType, depth + 1), { minLength: 501, maxLength: 520 }),
      ),
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(undefined);
    const fields = Object.values(type.getFields());
    return nullable(
      fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type, depth + 1)])), {
        requiredKeys: [],
      }),
    );
  }
  if (isEnumType(type)) {
    return nullable(
      fc.oneof(
        {
          weight: 9,
          arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value as unknown)),
        },
        { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') },
      ),
    );
  }
  switch (getNamedType(type).name) {
    case 'Int':
    case 'SafeInt':
      return nullable(hostileInt);
    case 'Float':
      return nullable(fc.double());
    case 'Boolean':
      return nullable(fc.boolean());
    case 'ID':
      return nullable(fc.oneof(fc.constantFrom(...known), hostileText, fc.uuid({ version: 7 })));
    case 'DateTime':
      return nullable(
        fc.oneof(
          fc.constantFrom('not a date', '2026-13-01T00:00:00Z', '0000-01-01T00:00:00Z', ''),
          fc
            .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString()),
        ),
      );
    case 'JSON':
      return nullable(hostileJson);
    default:
      return nullable(hostileText);
  }
}

function typeString(type: GraphQLInputType): string {
  return type.toString();
}

/** A request for one mutation with every argument a variable, and its variables' arbitrary. */
function planFor(field: GraphQLField<unknown, unknown>) {
  const named = getNamedType(field.type);
  const selection = isLeafType(named) ? '' : ' { __typename }';
  const vars = field.args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query =
    `mutation Fuzz${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}` +
    `${selection} }`;
  const variables = fc.record(
    Object.fromEntries(field.args.map((a) => [a.name, arbitraryFor(a.type)])),
    { requiredKeys: [] },
  );
  return { name: field.name, query, variables };
}

/** Rows of every table and a few sums that change with any write, in one statement each. */
async function fingerprint(): Promise<string> {
  const tables = t.db.dataSource.entityMetadatas.map((m) => m.tableName).sort();
  const q = (name: string) => (t.db.kind === 'mysql' ? `\`${name}\`` : `"${name}"`);
  const counts = tables.map((name) => `(SELECT COUNT(*) FROM ${q(name)})`).join(', ');
  const [row] = await t.db.manager.query<Record<string, unknown>[]>(
    `SELECT ${counts}, (SELECT COALESCE(SUM(${q('valueRemaining')} + ${q('extensionCount')}), 0) FROM ${q('rewards')}) AS r, ` +
      `(SELECT COALESCE(SUM(LENGTH(${q('searchText')})), 0) FROM ${q('profiles')}) AS p, ` +
      `(SELECT COALESCE(SUM(${q('returned')}), 0) FROM ${q('redemptions')}) AS d`,
  );
  return JSON.stringify(Object.values(row).map((v) => String(v)));
}

describe(`hostile input on every mutation (${TEST_DB})`, () => {
  it(`answers ${CASES} generated requests without a 500, and a refusal writes nothing`, async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter(
      (f) => !SKIPPED.has(f.name),
    );
    const plans = mutations.map(planFor);
    const seen = new Map<string, Set<string>>();
    const failures: string[] = [];

    await fc.assert(
      fc.asyncProperty(
        fc.nat(plans.length - 1).chain((i) => plans[i].variables.map((v) => ({ i, v }))),
        async ({ i, v }) => {
          const plan = plans[i];
          const before = await fingerprint();
          const res: GqlResponse = await admin.gql(plan.query, v as Record<string, unknown>);
          const codes = (res.errors ?? []).map((e) => String(e.extensions?.code));
          const outcome = codes[0] ?? (res.data ? 'data' : 'nothing');
          seen.set(plan.name, (seen.get(plan.name) ?? new Set()).add(outcome));
          if (
            res.status >= 500 ||
            codes.includes('INTERNAL_SERVER_ERROR') ||
            outcome === 'nothing'
          ) {
            failures.push(
              `${plan.name} ${res.status} ${JSON.stringify(res.errors)} ${JSON.stringify(v).slice(0, 300)}`,
            );
            return false;
          }
          if (codes.includes('BAD_USER_INPUT') && (await fingerprint()) !== before) {
            failures.push(
              `${plan.name} wrote despite BAD_USER_INPUT: ${JSON.stringify(v).slice(0, 300)}`,
            );
            return false;
          }
          return true;
        },
      ),
      {
        numRuns: CASES,
        endOnFailure: true,
        reporter: (run) => void (run.failed && failures.push(`seed ${run.seed}`)),
      },
    );
    expect(failures.slice(0, 3)).toEqual([]);
    const outcomes = [...seen].map(([name, kinds]) => `${name}: ${[...kinds].sort().join(' ')}`);
    console.info(
      `hostile inputs (${TEST_DB}), ${CASES} cases; outcomes per mutation:\n  ${outcomes.sort().join('\n  ')}`,
    );
    // Every mutation was tried.
    expect([...seen.keys()].sort()).toEqual(plans.map((p) => p.name).sort());
    await expectInvariants(t.db, t.clock.now());
  }, 900_000);
});
