import type { ResolverContext } from '../core/resolver-context';

/** The GraphQL context: what resolvers see, plus this app's resolver instances. */
export interface GraphQLContext extends ResolverContext {
  /** Resolver instances for this app (type-graphql's container). */
  resolvers: Map<Function, object>;
}
