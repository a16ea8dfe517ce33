import type { ResolverContext } from '../core/resolver-context';
import type { RequestBudget } from './limits';

/** The GraphQL context: what resolvers see, plus this app's resolver instances. */
export interface GraphQLContext extends ResolverContext {
  /** Resolver instances for this app (type-graphql's container). */
  resolvers: Map<Function, object>;
  /** The request's time budget; fields still pending when it is spent answer TIMEOUT. */
  budget?: RequestBudget;
}
