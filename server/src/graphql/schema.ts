import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { DateTimeResolver, JSONResolver, SafeIntResolver } from 'graphql-scalars';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { authChecker, rootFieldsWithoutAccess } from './access';
import type { GraphQLContext } from './context';
import { applyReadPolicies } from './field-access';
import { guardRootInputs } from './input-guard';
import { applyRequestBudget } from './limits';

export { JSONResolver, SafeIntResolver };

let cached: { resolvers: readonly Function[]; schema: Promise<GraphQLSchema> } | undefined;

/**
 * Builds the schema from the modules' resolver classes, once per process; refuses a root
 * field that declares no access rule.
 */
export function getSchema(resolvers: readonly Function[]): Promise<GraphQLSchema> {
  if (cached && cached.resolvers === resolvers) return cached.schema;
  const schema = (async () => {
    const built = await buildSchema({
      resolvers: resolvers as unknown as NonEmptyArray<Function>,
      validate: { forbidUnknownValues: false },
      authChecker,
      authMode: 'error',
      scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
      container: ({ context }: { context: GraphQLContext }) => ({
        get: (cls: Function) => {
          const instance = context.resolvers.get(cls);
          if (!instance) throw new Error(`No resolver instance for ${cls.name}`);
          return instance;
        },
      }),
    });
    const missing = rootFieldsWithoutAccess(built);
    if (missing.length)
      throw new Error(`Root fields without an access rule: ${missing.join(', ')}`);
    guardRootInputs(built);
    applyReadPolicies(built);
    applyRequestBudget(built);
    return built;
  })();
  cached = { resolvers, schema };
  return schema;
}
