import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { DateTimeResolver, JSONResolver, SafeIntResolver } from 'graphql-scalars';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { AlreadyExistsError } from '../core/results';
import { authChecker, describeAccess, rootFieldsWithoutAccess } from './access';
import type { GraphQLContext } from './context';
import { applyReadPolicies } from './field-access';
import { guardRootInputs } from './input-guard';
import { applyRequestBudget } from './limits';

export { JSONResolver, SafeIntResolver };

// type-graphql has no option to describe the root types, so they are described once built.
const QUERY_DESCRIPTION =
  'What can be read. Every field needs a signed-in staff member or an API key unless it says it is public, and says who may call it. Money is integer minor units (cents) with an ISO 4217 currency code; times are ISO 8601 date-times in UTC. API keys read each field only as their scopes allow, by whatever path it is reached: a field a key may not read is a FORBIDDEN error.';
const MUTATION_DESCRIPTION =
  'What can be changed. Each field says who may call it. Expected business failures come back as data: a member of the result union implementing ErrorResult. Authentication, authorization and malformed input are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT, and bad input writes nothing. Money-moving mutations take an idempotencyKey (1 to 200 characters, scoped to the caller): the same key with the same input returns the first answer, success or ErrorResult, for at least 24 hours and changes nothing again; with another input it is IdempotencyConflictError.';

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
      // Promised to clients as an ErrorResult though no operation answers it yet.
      orphanedTypes: [AlreadyExistsError],
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
    built.getQueryType()!.description = QUERY_DESCRIPTION;
    const mutation = built.getMutationType();
    if (mutation) mutation.description = MUTATION_DESCRIPTION;
    describeAccess(built);
    guardRootInputs(built);
    applyReadPolicies(built);
    applyRequestBudget(built);
    return built;
  })();
  cached = { resolvers, schema };
  return schema;
}
