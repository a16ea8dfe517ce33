import { describe, expect, it } from 'vitest';
import type { ResolverData } from 'type-graphql';
import type { AccessRule } from '../../src/core/access';
import {
  accessRulesOf,
  authChecker,
  describeRules,
  rootFieldsWithoutAccess,
} from '../../src/graphql/access';
import type { GraphQLContext } from '../../src/graphql/context';
import { getSchema } from '../../src/graphql/schema';
import { RESOLVERS } from '../../src/services';
import type { Principal } from '../../src/core/context';

function check(principal: Principal | null, rules: AccessRule[]) {
  const data = { context: { ctx: { principal } } } as unknown as ResolverData<GraphQLContext>;
  try {
    return authChecker(data, rules) ? 'allowed' : 'denied';
  } catch (err) {
    return (err as { extensions: { code: string } }).extensions.code;
  }
}

const admin: Principal = { kind: 'user', userId: 'u1', role: 'ADMIN', sessionId: 's1' };
const manager: Principal = { kind: 'user', userId: 'u2', role: 'MANAGER', sessionId: 's2' };
const redeemKey: Principal = {
  kind: 'apikey',
  apiKeyId: 'k1',
  scopes: ['REDEEM', 'READ_PROFILES'],
};

describe('the access rules', () => {
  it('every Query and Mutation field declares who may call it', async () => {
    expect(rootFieldsWithoutAccess(await getSchema(RESOLVERS))).toEqual([]);
  });

  it('every Query and Mutation description ends by saying who may call it, from its rules', async () => {
    const schema = await getSchema(RESOLVERS);
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        const rules = accessRulesOf(root.name, field.name)!;
        expect(field.description, `${root.name}.${field.name}`).toMatch(/\S\. Access: .+\.$/);
        expect(field.description!.endsWith(describeRules(rules))).toBe(true);
      }
    }
    expect(describeRules(['PUBLIC'])).toBe('Access: public; no sign-in needed.');
    expect(describeRules(['STAFF', 'SCOPE:REDEEM', 'SCOPE:READ_PROFILES'])).toBe(
      'Access: any signed-in staff member (ADMIN or MANAGER); or an API key with the REDEEM or READ_PROFILES scope.',
    );
    expect(describeRules(['ADMIN'])).toBe('Access: staff with role ADMIN.');
    expect(describeRules(['SCOPE:ISSUE_REWARDS'])).toBe(
      'Access: an API key with the ISSUE_REWARDS scope.',
    );
  });

  it('lets anyone call a public field', () => {
    expect(check(null, ['PUBLIC'])).toBe('allowed');
  });

  it('asks an anonymous caller to authenticate', () => {
    expect(check(null, ['ADMIN', 'MANAGER'])).toBe('UNAUTHENTICATED');
  });

  it('allows a listed role and forbids another', () => {
    expect(check(admin, ['ADMIN'])).toBe('allowed');
    expect(check(manager, ['ADMIN'])).toBe('FORBIDDEN');
    expect(check(manager, ['STAFF'])).toBe('allowed');
  });

  it('allows an API key only through one of its scopes', () => {
    expect(check(redeemKey, ['ADMIN', 'MANAGER', 'SCOPE:REDEEM'])).toBe('allowed');
    expect(check(redeemKey, ['ADMIN', 'SCOPE:ISSUE_REWARDS'])).toBe('FORBIDDEN');
    expect(check(redeemKey, ['STAFF'])).toBe('FORBIDDEN');
  });

  it('does not let a customer principal use staff fields', () => {
    expect(check({ kind: 'customer', profileId: 'p1' }, ['STAFF'])).toBe('FORBIDDEN');
  });
});
