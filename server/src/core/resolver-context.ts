import type { Request, Response } from 'express';
import type { RequestContext } from './context';

/** What a resolver receives as its GraphQL context (built per request in graphql/context.ts). */
export interface ResolverContext {
  ctx: RequestContext;
  req: Request;
  res: Response;
}
