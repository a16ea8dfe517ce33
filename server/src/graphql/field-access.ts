import { defaultFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { GRANTED, readPolicies } from '../core/access';
import { forbidden } from '../core/errors';
import type { GraphQLContext } from './context';

/**
 * Field-level reading: every field of a type with a read policy checks the caller where it is
 * resolved, so an API key reads personal data, the ledger and other callers' redemptions only
 * with READ_PROFILES, by whatever path it reaches them (a redemption's profile, a mutation's
 * payload). Staff and system jobs read everything. Only the fields of those types pay for it.
 */
export function applyReadPolicies(schema: GraphQLSchema): void {
  for (const [typeName, policy] of readPolicies()) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`read policy for unknown object type ${typeName}`);
    const fields = type.getFields();
    for (const name of Object.keys(policy.fields)) {
      if (!fields[name]) throw new Error(`read policy for unknown field ${typeName}.${name}`);
    }
    for (const field of Object.values(fields)) {
      const rule = policy.fields[field.name] ?? policy.default;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: GraphQLContext, info) => {
        const p = context.ctx.principal;
        if (p?.kind === 'user' || p?.kind === 'system') return resolve(root, args, context, info);
        const r = root as Record<PropertyKey, unknown>;
        if (p?.kind === 'apikey' ? rule(p, r, field.name) : r[GRANTED] === true) {
          // Anonymous callers and customers read only what their own request was handed (the
          // session a sign-in created).
          return resolve(root, args, context, info);
        }
        throw forbidden(
          p?.kind === 'apikey'
            ? `This API key may not read ${typeName}.${field.name} here (personal data, the ledger and other callers' records need READ_PROFILES).`
            : `${typeName}.${field.name} is for staff.`,
        );
      };
    }
  }
}
