import {
  getNamedType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../../src/graphql/schema';
import { RESOLVERS } from '../../src/services';
import { createDefinition, fundedProfile, unique } from '../support/factories';
import { Client, GqlResponse, startTestApp, TestApp } from '../support/harness';

// DOMAIN.md, Access: "Scopes hold on every field, not only at the root." This walk takes every
// field path reachable (to a few levels, without going round a cycle) from the root fields
// each caller may call, asks for each path the server did not answer in full, and compares
// every answer with the table below — written from DOMAIN.md, not from the implementation.

type Scope =
  | 'READ_PROFILES'
  | 'WRITE_PROFILES'
  | 'ISSUE_REWARDS'
  | 'REDEEM'
  | 'RECORD_TRANSACTIONS'
  | 'EMIT_EVENTS';
const SCOPES: Scope[] = [
  'READ_PROFILES',
  'WRITE_PROFILES',
  'ISSUE_REWARDS',
  'REDEEM',
  'RECORD_TRANSACTIONS',
  'EMIT_EVENTS',
];

/** How the object at a path was reached: the caller's own, handed on by its own, or not. */
type Standing = 'own' | 'granted' | 'other';
interface Step {
  type: string;
  field: string;
}
interface Scenario {
  scope: Scope;
  root: string;
  /** The standing of the object the root field answers with. */
  standing: Standing;
  /** For profile payloads: the fields the mutation wrote. */
  written?: string[];
}

// Types anyone who may call the root field may read in full: the catalog, money, settings,
// balances, pages, previews and refusals.
const OPEN = new Set([
  'Money',
  'PageInfo',
  'RewardType',
  'RewardDefinition',
  'Settings',
  'RewardBalance',
  'LineDiscount',
  'RedemptionPreview',
  'RedemptionAllocation',
  // The brand's reaction rules and what an event caused (its rewards are handed on, below).
  'Reaction',
  'EmitEventPayload',
]);

/**
 * DOMAIN.md's table for API keys: may this key read `field` of an object of `type`, reached
 * with this standing, in this scenario?
 */
function keyMayRead(s: Scenario, type: string, field: string, standing: Standing): boolean {
  const reads = s.scope === 'READ_PROFILES';
  if (OPEN.has(type) || /Connection$|Edge$/.test(type) || type.endsWith('Error')) return true;
  switch (type) {
    case 'Profile':
      if (field === 'id') return true;
      // Checkout needs the balance of the profile it redeems for.
      if (field === 'balance' || field === 'balances') return reads || s.scope === 'REDEEM';
      // WRITE_PROFILES reads back the fields it wrote.
      return reads || (s.scope === 'WRITE_PROFILES' && (s.written ?? []).includes(field));
    case 'LedgerEntry':
      return reads;
    case 'Reward': {
      if (field === 'issuedByLabel') return reads; // staff names
      const issuedIt = standing === 'own' && s.scope === 'ISSUE_REWARDS';
      // Notes (why it was issued or voided) stay with READ_PROFILES and the issuer.
      if (['reason', 'voidReason', 'meta', 'issuedBy'].includes(field)) return reads || issuedIt;
      return reads || issuedIt || standing === 'granted';
    }
    case 'Redemption':
      if (field === 'createdByLabel') return reads;
      return reads || standing !== 'other';
    case 'RewardHold':
      return reads || standing !== 'other';
    case 'Transaction':
      // A key that records transactions reads back what it recorded.
      return reads || s.scope === 'RECORD_TRANSACTIONS';
    case 'User':
    case 'Session':
    case 'ApiKey':
    case 'ApiKeyCreated':
      return false;
    // Integration settings, reports, bulk jobs and portal links are for staff only.
    case 'Webhook':
    case 'WebhookCreated':
    case 'WebhookDelivery':
    case 'WebhookAttempt':
    case 'Liability':
    case 'LiabilityBucket':
    case 'ActivityRow':
    case 'BreakageRow':
    case 'BulkIssueJob':
    case 'RewardExtensionLink':
      return false;
    // What a portal link shows its customer: no profile data beyond a first name.
    case 'RewardExtensionOffer':
      return true;
  }
  throw new Error(`classify ${type} in the access walk's table (DOMAIN.md, Access)`);
}

/** The standing of the object a field leads to, from its parent's. */
function childStanding(type: string, field: string, parent: Standing): Standing {
  // The rewards that paid a redemption or hold (or a preview) are handed on with it.
  if (type === 'RedemptionAllocation' && field === 'reward') return 'granted';
  if (type === 'RedemptionAllocation') return parent;
  // The rewards a transaction or an event caused are handed on to the caller that sent it.
  if ((type === 'Transaction' || type === 'EmitEventPayload') && field === 'rewardsIssued') {
    return 'granted';
  }
  if (/Connection$|Edge$/.test(type)) return parent;
  return 'other';
}

/** What the walk expects for a path: readable, or refused at the first step that is. */
function expected(s: Scenario, path: Step[]): string {
  let standing = s.standing;
  for (let i = 0; i < path.length; i++) {
    const { type, field } = path[i];
    if (!keyMayRead(s, type, field, standing)) {
      return `forbidden@${path
        .slice(0, i + 1)
        .map((p) => p.field)
        .join('.')}`;
    }
    standing = childStanding(type, field, standing);
  }
  return 'read';
}

// ------------------------------------------------------------------ selections

const MAX_DEPTH = 4;

interface Path {
  steps: Step[];
  /** A document selecting exactly this path. */
  selection: string;
}

/** Every field path under a type, each with the selection that reaches only it. */
function pathsOf(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  depth: number,
  seen: Set<string>,
): Path[] {
  if (isUnionType(type)) {
    return type.getTypes().flatMap((member) =>
      pathsOf(schema, member, depth, seen).map((p) => ({
        steps: p.steps,
        selection: `__typename ... on ${member.name} { ${p.selection} }`,
      })),
    );
  }
  if (!isObjectType(type) || depth >= MAX_DEPTH || seen.has(type.name)) return [];
  const out: Path[] = [];
  for (const field of Object.values((type as GraphQLObjectType).getFields())) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(field.type);
    const step = { type: type.name, field: field.name };
    if (isLeafType(named) || isInterfaceType(named)) {
      out.push({
        steps: [step],
        selection: isLeafType(named) ? field.name : `${field.name} { __typename }`,
      });
      continue;
    }
    // The field itself (its object, by __typename), then each path under it.
    out.push({ steps: [step], selection: `${field.name} { __typename }` });
    for (const sub of pathsOf(schema, named, depth + 1, new Set([...seen, type.name]))) {
      out.push({ steps: [step, ...sub.steps], selection: `${field.name} { ${sub.selection} }` });
    }
  }
  return out;
}

/** The first FORBIDDEN error's path (without list indices), or 'read'. */
function outcome(res: GqlResponse, rootAlias: string): string {
  const forbidden = (res.errors ?? []).find((e) => e.extensions?.code === 'FORBIDDEN');
  if (forbidden) {
    const steps = (forbidden.path ?? []).filter((p) => typeof p === 'string').slice(1);
    return `forbidden@${steps.join('.')}`;
  }
  const other = (res.errors ?? [])[0];
  if (other) return `error ${String(other.extensions?.code)}: ${other.message}`;
  return res.data?.[rootAlias] === undefined ? 'nothing' : 'read';
}

// ------------------------------------------------------------------ the world the walk reads

let t: TestApp;
let admin: Client;
let schema: GraphQLSchema;
const keys = new Map<Scope, Client>();
let def: { id: string };
let theirs: { profileId: string; rewardId: string; redemptionId: string; holdId: string };

async function createKey(scope: Scope) {
  const res = await admin.gql(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    { input: { name: unique(scope), scopes: [scope] } },
  );
  return t.client(res.data!.createApiKey.secret as string);
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
  schema = await getSchema(RESOLVERS);
  def = await createDefinition(admin, { value: 1000 });
  // Reactions, so recording a transaction or emitting an event hands rewards on.
  for (const input of [
    { name: 'Walk purchase', event: 'TRANSACTION_CREATED' },
    { name: 'Walk event', event: 'CUSTOM', customEvent: 'walk.event' },
    { name: 'Walk claim', event: 'CUSTOM', customEvent: 'walk.claim', claimable: true },
  ]) {
    await admin.gql('mutation($i: ReactionInput!) { createReaction(input: $i) { id } }', {
      i: { ...input, definitionId: def.id },
    });
  }
  for (const scope of SCOPES) keys.set(scope, await createKey(scope));
  // Someone else's: the ADMIN's rewards, redemption and live hold on a profile.
  const { profile, rewards } = await fundedProfile(admin, [2000, 3000, 4000], def.id);
  const r = await admin.gql(
    'mutation($i: RedeemInput!) { redeem(input: $i) { ... on Redemption { id } } }',
    { i: { profileId: profile.id, amount: 500, idempotencyKey: unique('r') } },
  );
  const h = await admin.gql(
    'mutation($i: HoldInput!) { holdRewards(input: $i) { ... on RewardHold { id } } }',
    { i: { profileId: profile.id, amount: 300, idempotencyKey: unique('h'), ttlSeconds: 3600 } },
  );
  theirs = {
    profileId: profile.id,
    rewardId: rewards[0],
    redemptionId: r.data!.redeem.id as string,
    holdId: h.data!.holdRewards.id as string,
  };
}, 120_000);
afterAll(async () => {
  await t?.close();
});

interface Case {
  scope: Scope;
  root: string;
  kind: 'query' | 'mutation';
  standing: Standing;
  /** Variables for one request; called again for each probe of a non-repeatable mutation. */
  variables: () => Promise<Record<string, unknown>>;
  written?: string[];
}

/** Each key's calls, with inputs that succeed: its own objects and someone else's. */
async function cases(): Promise<Case[]> {
  const redeemKey = keys.get('REDEEM')!;
  const own = async (query: string, i: Record<string, unknown>, pick: string) =>
    String(((await redeemKey.gql(query, { i })).data as Record<string, { id: string }>)[pick].id);
  const myRedemption = await own(
    'mutation($i: RedeemInput!) { redeem(input: $i) { ... on Redemption { id } } }',
    { profileId: theirs.profileId, amount: 200, idempotencyKey: unique('kr') },
    'redeem',
  );
  const myHold = await own(
    'mutation($i: HoldInput!) { holdRewards(input: $i) { ... on RewardHold { id } } }',
    { profileId: theirs.profileId, amount: 100, idempotencyKey: unique('kh'), ttlSeconds: 3600 },
    'holdRewards',
  );
  const once = (v: Record<string, unknown>) => () => Promise.resolve(v);
  const fresh = (make: () => Promise<Record<string, unknown>>) => make;
  const holdFor = async () => ({
    id: await own(
      'mutation($i: HoldInput!) { holdRewards(input: $i) { ... on RewardHold { id } } }',
      { profileId: theirs.profileId, amount: 1, idempotencyKey: unique('kh'), ttlSeconds: 3600 },
      'holdRewards',
    ),
  });
  const profileInput = { externalId: 'WALK', firstName: 'Wendy', tier: 'gold' };
  return [
    // READ_PROFILES reads everything about profiles.
    {
      scope: 'READ_PROFILES',
      root: 'profile',
      kind: 'query',
      standing: 'other',
      variables: once({ id: theirs.profileId }),
    },
    {
      scope: 'READ_PROFILES',
      root: 'reward',
      kind: 'query',
      standing: 'other',
      variables: once({ id: theirs.rewardId }),
    },
    {
      scope: 'READ_PROFILES',
      root: 'redemption',
      kind: 'query',
      standing: 'other',
      variables: once({ id: theirs.redemptionId }),
    },
    {
      scope: 'READ_PROFILES',
      root: 'hold',
      kind: 'query',
      standing: 'other',
      variables: once({ id: theirs.holdId }),
    },
    {
      scope: 'READ_PROFILES',
      root: 'profiles',
      kind: 'query',
      standing: 'other',
      variables: once({}),
    },
    // REDEEM: its own redemptions and holds; others' are refused.
    {
      scope: 'REDEEM',
      root: 'redemption',
      kind: 'query',
      standing: 'own',
      variables: once({ id: myRedemption }),
    },
    {
      scope: 'REDEEM',
      root: 'redemption',
      kind: 'query',
      standing: 'other',
      variables: once({ id: theirs.redemptionId }),
    },
    {
      scope: 'REDEEM',
      root: 'hold',
      kind: 'query',
      standing: 'own',
      variables: once({ id: myHold }),
    },
    {
      scope: 'REDEEM',
      root: 'hold',
      kind: 'query',
      standing: 'other',
      variables: once({ id: theirs.holdId }),
    },
    { scope: 'REDEEM', root: 'redemptions', kind: 'query', standing: 'own', variables: once({}) },
    {
      scope: 'REDEEM',
      root: 'previewRedemption',
      kind: 'query',
      standing: 'own',
      variables: once({ input: { profileId: theirs.profileId, amount: 100 } }),
    },
    {
      scope: 'REDEEM',
      root: 'redeem',
      kind: 'mutation',
      standing: 'own',
      variables: once({
        input: { profileId: theirs.profileId, amount: 50, idempotencyKey: unique('wr') },
      }),
    },
    {
      scope: 'REDEEM',
      root: 'holdRewards',
      kind: 'mutation',
      standing: 'own',
      variables: once({
        input: {
          profileId: theirs.profileId,
          amount: 50,
          idempotencyKey: unique('wh'),
          ttlSeconds: 3600,
        },
      }),
    },
    {
      scope: 'REDEEM',
      root: 'captureHold',
      kind: 'mutation',
      standing: 'own',
      variables: fresh(async () => ({
        input: { holdId: (await holdFor()).id, idempotencyKey: unique('wc') },
      })),
    },
    {
      scope: 'REDEEM',
      root: 'releaseHold',
      kind: 'mutation',
      standing: 'own',
      variables: fresh(async () => ({ holdId: (await holdFor()).id })),
    },
    // Acting on someone else's redemption hands the caller what it did.
    {
      scope: 'REDEEM',
      root: 'returnRedemption',
      kind: 'mutation',
      standing: 'granted',
      variables: once({
        input: { redemptionId: theirs.redemptionId, amount: 1, idempotencyKey: unique('wt') },
      }),
    },
    // ISSUE_REWARDS: the rewards it issued.
    {
      scope: 'ISSUE_REWARDS',
      root: 'issueReward',
      kind: 'mutation',
      standing: 'own',
      variables: once({
        input: {
          profileId: theirs.profileId,
          definitionId: def.id,
          reason: 'Walk',
          idempotencyKey: unique('wi'),
        },
      }),
    },
    {
      scope: 'ISSUE_REWARDS',
      root: 'rewardDefinitions',
      kind: 'query',
      standing: 'other',
      variables: once({}),
    },
    // RECORD_TRANSACTIONS and EMIT_EVENTS: what they sent and the rewards it caused.
    {
      scope: 'RECORD_TRANSACTIONS',
      root: 'recordTransaction',
      kind: 'mutation',
      standing: 'own',
      variables: fresh(() =>
        Promise.resolve({
          input: { profileId: theirs.profileId, externalId: unique('wt'), total: 100 },
        }),
      ),
    },
    {
      scope: 'EMIT_EVENTS',
      root: 'emitEvent',
      kind: 'mutation',
      standing: 'own',
      variables: fresh(() =>
        Promise.resolve({
          input: { profileId: theirs.profileId, name: 'walk.event', idempotencyKey: unique('we') },
        }),
      ),
    },
    {
      scope: 'ISSUE_REWARDS',
      root: 'claimableReactions',
      kind: 'query',
      standing: 'other',
      variables: once({ profileId: theirs.profileId }),
    },
    // WRITE_PROFILES: the fields it wrote.
    {
      scope: 'WRITE_PROFILES',
      root: 'createProfile',
      kind: 'mutation',
      standing: 'own',
      written: ['id', ...Object.keys(profileInput)],
      variables: fresh(() =>
        Promise.resolve({ input: { ...profileInput, externalId: unique('walk') } }),
      ),
    },
    {
      scope: 'WRITE_PROFILES',
      root: 'updateProfile',
      kind: 'mutation',
      standing: 'own',
      written: ['id', 'tier'],
      variables: once({ id: theirs.profileId, input: { tier: 'silver' } }),
    },
    {
      scope: 'WRITE_PROFILES',
      root: 'updateProfile',
      kind: 'mutation',
      standing: 'own',
      written: ['id'],
      variables: once({ id: theirs.profileId, input: {} }),
    },
  ];
}

function document(c: Case, selection: string) {
  const field =
    c.kind === 'query'
      ? schema.getQueryType()!.getFields()[c.root]
      : schema.getMutationType()!.getFields()[c.root];
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${c.kind} Walk${defs ? `(${defs})` : ''} { ${c.root}${args ? `(${args})` : ''} { ${selection} } }`;
}

describe('API-key scopes hold on every field path', () => {
  it('answers each path as DOMAIN.md says, whatever root field it is reached from', async () => {
    const mismatches: string[] = [];
    let probes = 0;
    const observed = new Set<string>();
    for (const c of await cases()) {
      const client = keys.get(c.scope)!;
      const field =
        c.kind === 'query'
          ? schema.getQueryType()!.getFields()[c.root]
          : schema.getMutationType()!.getFields()[c.root];
      const paths = pathsOf(schema, getNamedType(field.type), 0, new Set());
      const scenario: Scenario = {
        scope: c.scope,
        root: c.root,
        standing: c.standing,
        written: c.written,
      };
      const vars = await c.variables();
      // Everything at once first; only when something is refused is each path asked alone.
      const whole = await client.gql(document(c, paths.map((p) => p.selection).join(' ')), vars);
      const allRead = !whole.errors?.length;
      for (const path of paths) {
        const want = expected(scenario, path.steps);
        let got: string;
        if (allRead) {
          got = 'read';
        } else {
          probes++;
          got = outcome(await client.gql(document(c, path.selection), await c.variables()), c.root);
        }
        const name = path.steps.map((s) => s.field).join('.');
        if (got === 'read' || got.startsWith('forbidden')) {
          observed.add(`${path.steps.at(-1)!.type}.${path.steps.at(-1)!.field}`);
        }
        if (got !== want)
          mismatches.push(
            `${c.scope} ${c.root}(${c.standing}) ${name}: got ${got}, DOMAIN says ${want}`,
          );
      }
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    // The walk reached the fields that carry personal data and money.
    for (const f of [
      'Profile.email',
      'Profile.birthDate',
      'Profile.balance',
      'Reward.reason',
      'Redemption.createdByLabel',
      'LedgerEntry.actorLabel',
    ]) {
      expect(observed).toContain(f);
    }
    console.info(
      `access walk: ${observed.size} type fields observed, ${probes} single-path probes`,
    );
  }, 600_000);

  it('lets staff read every path from every query they call', async () => {
    const manager = await t.signIn('MANAGER');
    for (const [root, variables] of [
      ['profile', { id: theirs.profileId }],
      ['redemption', { id: theirs.redemptionId }],
      ['hold', { id: theirs.holdId }],
      ['reward', { id: theirs.rewardId }],
      ['profiles', {}],
      ['me', {}],
    ] as const) {
      const c = { root, kind: 'query' } as Case;
      const field = schema.getQueryType()!.getFields()[root];
      const paths = pathsOf(schema, getNamedType(field.type), 0, new Set());
      for (const who of [admin, manager]) {
        const res = await who.gql(document(c, paths.map((p) => p.selection).join(' ')), variables);
        expect(res.errors, root).toBeUndefined();
      }
    }
  });
});
