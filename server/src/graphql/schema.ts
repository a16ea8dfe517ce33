import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { DateTimeResolver, JSONResolver, SafeIntResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/auth';
import { RewardDefinitionResolver, RewardTypeResolver } from '../modules/definitions';
import { ProfileResolver } from '../modules/profiles';
import { LedgerEntryResolver, RewardResolver } from '../modules/rewards';
import {
  HoldResolver,
  LedgerRedemptionResolver,
  ProfileRedemptionsResolver,
  RedemptionAllocationResolver,
  RedemptionResolver,
} from '../modules/redemptions';
import { SettingsResolver } from '../modules/settings';
import { authChecker, rootFieldsWithoutAccess } from './access';
import type { GraphQLContext } from './context';

/** Every resolver class; the app supplies an instance of each. */
export const RESOLVERS = [
  AuthResolver,
  SettingsResolver,
  RewardTypeResolver,
  RewardDefinitionResolver,
  ProfileResolver,
  RewardResolver,
  LedgerEntryResolver,
  RedemptionResolver,
  HoldResolver,
  RedemptionAllocationResolver,
  ProfileRedemptionsResolver,
  LedgerRedemptionResolver,
] as const;

export { JSONResolver, SafeIntResolver };

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process; refuses a root field that declares no access rule. */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= (async () => {
    const schema = await buildSchema({
      resolvers: RESOLVERS,
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
    const missing = rootFieldsWithoutAccess(schema);
    if (missing.length)
      throw new Error(`Root fields without an access rule: ${missing.join(', ')}`);
    return schema;
  })();
  return cached;
}
