import type { Request, Response } from 'express';
import type { RequestContext } from '../lib/request-context';
import type { Loaders } from './loaders';

export interface GraphQLContext {
  ctx: RequestContext;
  req: Request;
  res: Response;
  /** Resolver instances for this app (type-graphql's container). */
  resolvers: Map<Function, object>;
  loaders: Loaders;
}
