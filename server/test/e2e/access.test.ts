import {
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessRule } from '../../src/core/access';
import { API_SCOPES } from '../../src/core/principal';
import { accessRulesOf } from '../../src/graphql/access';
import { getSchema } from '../../src/graphql/schema';
import { RESOLVERS } from '../../src/services';
import { Client, errorCode, startTestApp, TestApp } from '../support/harness';

// Calls every root field of the schema as each kind of caller and checks the answer against
// the field's declared access rule: new fields are covered the moment they exist.

function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type)) out[field.name] = sampleValue(field.type);
    }
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'SafeInt':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2030-01-01T00:00:00.000Z';
      case 'JSON':
        return {};
      default:
        return 'sample';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operationFor(rootName: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const defs = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection =
    named instanceof GraphQLObjectType || 'getTypes' in named ? ' { __typename }' : '';
  const keyword = rootName === 'Query' ? 'query' : 'mutation';
  const query = `${keyword}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  const variables = Object.fromEntries(required.map((a) => [a.name, sampleValue(a.type)]));
  return { query, variables };
}

function rootFields(schema: GraphQLSchema) {
  return (['Query', 'Mutation'] as const).flatMap((rootName) => {
    const root = rootName === 'Query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(root?.getFields() ?? {}).map((field) => ({
      rootName,
      field,
      rules: accessRulesOf(rootName, field.name) ?? [],
    }));
  });
}

let t: TestApp;
let schema: GraphQLSchema;
let callers: Record<'anonymous' | 'ADMIN' | 'MANAGER' | 'apikey', Client>;

beforeAll(async () => {
  t = await startTestApp();
  schema = await getSchema(RESOLVERS);
  const admin = await t.signIn('ADMIN');
  const manager = await t.signIn('MANAGER');
  const created = await admin.gql(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    { input: { name: 'All scopes', scopes: [...API_SCOPES] } },
  );
  callers = {
    anonymous: t.anonymous,
    ADMIN: admin,
    MANAGER: manager,
    apikey: t.client(created.data!.createApiKey.secret),
  };
});
afterAll(async () => {
  await t?.close();
});

function expected(rules: AccessRule[], caller: keyof typeof callers): string {
  if (rules.includes('PUBLIC')) return 'allowed';
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  if (caller === 'apikey')
    return rules.some((r) => r.startsWith('SCOPE:')) ? 'allowed' : 'FORBIDDEN';
  return rules.includes('STAFF') || rules.includes(caller) ? 'allowed' : 'FORBIDDEN';
}

// Logging out is last so it does not end the sessions the other calls use.
const order = (name: string) => (name === 'logout' ? 1 : 0);

// Who may call what, written down from DOMAIN.md (Access). A new root field fails this test
// until it is added here, so its access is a decision, not an accident.
const EXPECTED_ACCESS: Record<string, AccessRule[]> = {
  'Mutation.login': ['PUBLIC'],
  'Mutation.logout': ['STAFF'],
  'Query.me': ['STAFF'],
  'Mutation.changePassword': ['STAFF'],
  'Query.users': ['ADMIN'],
  'Mutation.createUser': ['ADMIN'],
  'Mutation.setUserActive': ['ADMIN'],
  'Mutation.setUserRole': ['ADMIN'],
  'Mutation.createPasswordLink': ['ADMIN'],
  'Query.passwordLinkOffer': ['PUBLIC'],
  'Mutation.setPasswordWithLink': ['PUBLIC'],
  'Query.apiKeys': ['ADMIN'],
  'Mutation.createApiKey': ['ADMIN'],
  'Mutation.revokeApiKey': ['ADMIN'],
  'Query.settings': ['STAFF', 'SCOPE:REDEEM', 'SCOPE:READ_PROFILES'],
  'Mutation.updateSettings': ['ADMIN'],
  'Query.rewardTypes': ['STAFF', 'SCOPE:READ_PROFILES', 'SCOPE:ISSUE_REWARDS'],
  'Mutation.createRewardType': ['ADMIN'],
  'Mutation.updateRewardType': ['ADMIN', 'MANAGER'],
  'Mutation.archiveRewardType': ['ADMIN', 'MANAGER'],
  'Query.rewardDefinitions': ['STAFF', 'SCOPE:READ_PROFILES', 'SCOPE:ISSUE_REWARDS'],
  'Query.rewardDefinition': ['STAFF', 'SCOPE:READ_PROFILES', 'SCOPE:ISSUE_REWARDS'],
  'Mutation.createRewardDefinition': ['ADMIN'],
  'Mutation.updateRewardDefinition': ['ADMIN', 'MANAGER'],
  'Mutation.archiveRewardDefinition': ['ADMIN', 'MANAGER'],
  'Query.profile': ['STAFF', 'SCOPE:READ_PROFILES'],
  'Query.profiles': ['STAFF', 'SCOPE:READ_PROFILES'],
  'Mutation.createProfile': ['ADMIN', 'MANAGER', 'SCOPE:WRITE_PROFILES'],
  'Mutation.updateProfile': ['ADMIN', 'MANAGER', 'SCOPE:WRITE_PROFILES'],
  'Query.reward': ['STAFF', 'SCOPE:READ_PROFILES'],
  'Mutation.issueReward': ['ADMIN', 'MANAGER', 'SCOPE:ISSUE_REWARDS'],
  'Mutation.extendReward': ['ADMIN', 'MANAGER'],
  'Mutation.voidReward': ['ADMIN', 'MANAGER'],
  'Query.redemption': ['STAFF', 'SCOPE:REDEEM', 'SCOPE:READ_PROFILES'],
  'Query.redemptions': ['STAFF', 'SCOPE:REDEEM', 'SCOPE:READ_PROFILES'],
  'Query.hold': ['STAFF', 'SCOPE:REDEEM', 'SCOPE:READ_PROFILES'],
  'Query.previewRedemption': ['ADMIN', 'MANAGER', 'SCOPE:REDEEM'],
  'Mutation.redeem': ['ADMIN', 'MANAGER', 'SCOPE:REDEEM'],
  'Mutation.reverseRedemption': ['ADMIN', 'MANAGER', 'SCOPE:REDEEM'],
  'Mutation.returnRedemption': ['ADMIN', 'MANAGER', 'SCOPE:REDEEM'],
  'Mutation.holdRewards': ['ADMIN', 'MANAGER', 'SCOPE:REDEEM'],
  'Mutation.captureHold': ['ADMIN', 'MANAGER', 'SCOPE:REDEEM'],
  'Mutation.releaseHold': ['ADMIN', 'MANAGER', 'SCOPE:REDEEM'],
  // Automatic issuance: ADMIN sets reactions up and runs the pass, MANAGER reads them; keys
  // record transactions, emit events and claim by their scopes.
  'Query.reactions': ['STAFF'],
  'Query.claimableReactions': ['STAFF', 'SCOPE:ISSUE_REWARDS'],
  'Mutation.createReaction': ['ADMIN'],
  'Mutation.updateReaction': ['ADMIN'],
  'Mutation.recordTransaction': ['ADMIN', 'MANAGER', 'SCOPE:RECORD_TRANSACTIONS'],
  'Mutation.emitEvent': ['ADMIN', 'MANAGER', 'SCOPE:EMIT_EVENTS'],
  // Profile Portal links: made by staff; the customer's two operations are public.
  'Mutation.createRewardExtensionLink': ['ADMIN', 'MANAGER'],
  'Query.rewardExtensionOffer': ['PUBLIC'],
  'Mutation.extendRewardWithLink': ['PUBLIC'],
  // Bulk issue is issuing (a MANAGER within limits, per row).
  'Mutation.bulkIssueRewards': ['ADMIN', 'MANAGER'],
  'Mutation.bulkIssueRewardsCsv': ['ADMIN', 'MANAGER'],
  'Query.bulkIssueJob': ['ADMIN', 'MANAGER'],
  // Reports are reading: MANAGER reads everything.
  'Query.liability': ['ADMIN', 'MANAGER'],
  'Query.activity': ['ADMIN', 'MANAGER'],
  'Query.breakage': ['ADMIN', 'MANAGER'],
  // Webhooks are the brand's configuration, and carry signing secrets: ADMIN only.
  'Query.webhooks': ['ADMIN'],
  'Query.webhook': ['ADMIN'],
  'Mutation.createWebhook': ['ADMIN'],
  'Mutation.deleteWebhook': ['ADMIN'],
  'Mutation.enableWebhook': ['ADMIN'],
  'Mutation.redeliverWebhook': ['ADMIN'],
  'Mutation.rotateWebhookSecret': ['ADMIN'],
  'Mutation.claimReward': ['ADMIN', 'MANAGER', 'SCOPE:ISSUE_REWARDS'],
  'Mutation.runScheduledIssuance': ['ADMIN'],
};

describe('every root field', () => {
  it('declares the access rule DOMAIN.md gives it', async () => {
    const declared = Object.fromEntries(
      rootFields(await getSchema(RESOLVERS)).map((f) => [
        `${f.rootName}.${f.field.name}`,
        [...f.rules].sort(),
      ]),
    );
    const wanted = Object.fromEntries(
      Object.entries(EXPECTED_ACCESS).map(([k, v]) => [k, [...v].sort()]),
    );
    expect(declared).toEqual(wanted);
  });

  for (const caller of ['anonymous', 'MANAGER', 'apikey', 'ADMIN'] as const) {
    it(`answers ${caller} callers as its rule says`, async () => {
      const mismatches: string[] = [];
      const fields = rootFields(schema).sort((a, b) => order(a.field.name) - order(b.field.name));
      for (const { rootName, field, rules } of fields) {
        const { query, variables } = operationFor(rootName, field);
        const res = await callers[caller].gql(query, variables);
        const code = errorCode(res);
        const got = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? code : 'allowed';
        const want = expected(rules, caller);
        // A public login with sample credentials is refused as a failed sign-in, not by access.
        if (field.name === 'login') continue;
        if (got !== want)
          mismatches.push(`${rootName}.${field.name}: expected ${want}, got ${got}`);
      }
      expect(mismatches).toEqual([]);
    });
  }
});
