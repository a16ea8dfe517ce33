import { GraphQLSchema } from 'graphql';
import { AuthCheckerFn, getMetadataStorage } from 'type-graphql';
import type { AccessRule } from '../core/access';
import { forbidden, unauthenticated } from '../core/errors';
import type { GraphQLContext } from './context';

export const authChecker: AuthCheckerFn<GraphQLContext, AccessRule> = ({ context }, rules) => {
  if (rules.includes('PUBLIC')) return true;
  const principal = context.ctx.principal;
  if (!principal) throw unauthenticated();
  if (principal.kind === 'user') {
    if (rules.includes('STAFF') || rules.includes(principal.role)) return true;
    throw forbidden(`Your role (${principal.role}) may not do this.`);
  }
  if (principal.kind === 'apikey') {
    if (principal.scopes.some((s) => rules.includes(`SCOPE:${s}`))) return true;
    throw forbidden('This API key lacks the scope for this operation.');
  }
  throw forbidden();
};

/** Root fields (Query.x, Mutation.y) that have no access declaration. */
export function rootFieldsWithoutAccess(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const declared = new Set(
    storage.authorizedFields.map((f) => `${(f.target as { name: string }).name}.${f.fieldName}`),
  );
  const handlers = new Map<string, string>();
  for (const [root, list] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const) {
    for (const h of list)
      handlers.set(`${root}.${h.schemaName}`, `${h.target.name}.${h.methodName}`);
  }
  const missing: string[] = [];
  for (const root of [
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]) {
    if (!root) continue;
    for (const field of Object.keys(root.getFields())) {
      const handler = handlers.get(`${root.name}.${field}`);
      if (!handler || !declared.has(handler)) missing.push(`${root.name}.${field}`);
    }
  }
  return missing.sort();
}

/** The declared rules of a root field, for tests and docs. */
export function accessRulesOf(rootName: string, field: string): AccessRule[] | undefined {
  const storage = getMetadataStorage();
  const list = rootName === 'Query' ? storage.queries : storage.mutations;
  const h = list.find((q) => q.schemaName === field);
  if (!h) return undefined;
  const entry = storage.authorizedFields.find(
    (f) => f.target === h.target && f.fieldName === h.methodName,
  );
  return entry?.roles as AccessRule[] | undefined;
}

/** Who may call a root field, in words, from its declared rules. */
export function describeRules(rules: readonly AccessRule[]): string {
  if (rules.includes('PUBLIC')) return 'Access: public; no sign-in needed.';
  const roles = rules.includes('STAFF')
    ? 'any signed-in staff member (ADMIN or MANAGER)'
    : rules.filter((r) => r === 'ADMIN' || r === 'MANAGER').join(' or ');
  const scopes = rules.filter((r) => r.startsWith('SCOPE:')).map((r) => r.slice('SCOPE:'.length));
  const who = [
    roles && (rules.includes('STAFF') ? roles : `staff with role ${roles}`),
    scopes.length && `an API key with the ${scopes.join(' or ')} scope`,
  ].filter(Boolean);
  return `Access: ${who.join('; or ')}.`;
}

/**
 * Ends every root field's description with who may call it, taken from the same rules the
 * auth checker enforces, so the documentation cannot drift from the access it describes.
 */
export function describeAccess(schema: GraphQLSchema): void {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const rules = accessRulesOf(root.name, field.name);
      if (!rules) continue;
      const note = describeRules(rules);
      field.description = field.description ? `${field.description} ${note}` : note;
    }
  }
}
