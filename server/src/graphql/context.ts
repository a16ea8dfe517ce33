import type { Request, Response } from 'express';
import type { RequestContext } from '../lib/request-context';

export interface GraphQLContext {
  ctx: RequestContext;
  req: Request;
  res: Response;
  /** Resolver instances for this app (type-graphql's container). */
  resolvers: Map<Function, object>;
}
