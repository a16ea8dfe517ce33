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
