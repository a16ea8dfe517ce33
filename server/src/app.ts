import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { AppConfig } from './config';
import { drainable } from './drain';
import { requestLog } from './request-log';
import { securityHeaders } from './security-headers';
import type { Database } from './db/database';
import type { GraphQLContext } from './graphql/context';
import type { Clock } from './core/clock';
import { RequestContext } from './core/context';
import type { Logger } from './core/logger';
import { createErrorFormatter } from './graphql/errors';
import { queryLimits, RequestBudget, requestStatusPlugin } from './graphql/limits';
import { serviceUnavailable } from './core/errors';
import { isDatabaseUnavailable } from './db/unavailable';
import { getSchema } from './graphql/schema';
import { credentialOf } from './modules/auth';
import { createResolvers, RESOLVERS, Services, startModules } from './services';

export interface App {
  server: http.Server;
  services: Services;
  /** Stops accepting requests and lets those in flight finish. */
  stop(): Promise<void>;
}

export interface AppParts {
  config: AppConfig;
  db: Database;
  logger: Logger;
  services: Services;
  clock: Clock;
}

/**
 * HTTP only: /health, /graphql and, when built, the admin SPA at `/`; the modules'
 * background work runs while the app does.
 */
export async function createApp({ config, db, logger, services, clock }: AppParts): Promise<App> {
  const resolvers = createResolvers(services);

  const app = express();
  const server = http.createServer(app);
  const connections = drainable(server);
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestLog(logger));

  // Responses are compressed (brotli or gzip, as the client accepts), API and app alike.
  app.use(compression());

  // Browser protections for everything served, API and app alike (CSP, HSTS when on).
  const sandbox = config.env === 'development';
  app.use(securityHeaders({ hsts: config.security.hsts, sandbox }));

  app.get('/health', async (_req, res) => {
    // A draining process tells its load balancer to stop sending.
    if (connections.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const up = await db.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable' });
  });

  const limits = queryLimits(config.security.query);
  const apollo = new ApolloServer<GraphQLContext>({
    schema: await getSchema(RESOLVERS),
    introspection: config.security.query.introspection,
    includeStacktraceInErrorResponses: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: createErrorFormatter(logger, config.env !== 'production'),
    plugins: [
      // No answer is cacheable (no-store is set below), so Apollo's cache-control
      // bookkeeping, which runs on every resolved field, is off.
      ApolloServerPluginCacheControlDisabled(),
      requestStatusPlugin(),
      ...limits.plugins,
      // Apollo Sandbox at GET /graphql in development only; elsewhere no landing page.
      ...(sandbox ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    (_req, res, next) => {
      // Answers are per caller and change as money moves: never stored by a cache.
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    cookieParser(),
    // Room for a bulk issue of 100,000 external ids or its CSV upload.
    express.json({ limit: '12mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const budget = new RequestBudget(config.security.requestTimeoutMs);
        const anonymous = RequestContext.create(db, null, clock);
        const principal = await services.auth
          .authenticate(anonymous, credentialOf(req))
          .catch((err: unknown) => {
            budget.done();
            throw isDatabaseUnavailable(err) ? serviceUnavailable() : err;
          });
        try {
          await services.ratelimits.checkRequest(principal, req.ip ?? 'unknown');
        } catch (err) {
          budget.done();
          throw err;
        }
        return { ctx: anonymous.as(principal), req, res, resolvers, budget };
      },
    }),
  );

  if (config.webDist && fs.existsSync(path.join(config.webDist, 'index.html'))) {
    const index = path.join(config.webDist, 'index.html');
    // Built assets carry a content hash in their names, so they never change: cached for a
    // year without asking again. Anything else (the icon) is revalidated after an hour.
    app.use(
      '/assets',
      express.static(path.join(config.webDist, 'assets'), {
        index: false,
        immutable: true,
        maxAge: '365d',
        fallthrough: false,
      }),
    );
    app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
    // History fallback: client-side routes get the SPA; a missing file (a path with an
    // extension) stays a 404.
    app.get(/^\/(?!graphql|health)(?!.*\.[a-z0-9]+$).*/i, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  } else if (config.webDist) {
    logger.warn({ webDist: config.webDist }, 'admin SPA not built; serving the API only');
  }

  const work = startModules(services, { db, logger, clock, config });
  return {
    server,
    services,
    stop: async () => {
      // No new connections; every request accepted is answered (at most 8 s, inside the 10 s
      // a SIGTERM allows, main.ts); then Apollo and the background work stop.
      await connections.drain(8_000);
      await apollo.stop();
      await work.stop();
    },
  };
}
