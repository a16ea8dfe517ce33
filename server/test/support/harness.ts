import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { DocumentNode, print } from 'graphql';
import type { AddressInfo } from 'node:net';
import { createApp, App } from '../../src/app';
import { AppConfig, loadSecurityConfig } from '../../src/config';
import { RequestContext } from '../../src/core/context';
import { createLogger } from '../../src/core/logger';
import type { RoleName } from '../../src/core/principal';
import { Database, openDatabase } from '../../src/db/database';
import { trackBackgroundWork } from '../../src/db/statements';
import { createScratchDatabase, ScratchDatabase } from '../../src/db/scratch';
import { createServices, ENTITIES, Services } from '../../src/services';
import { TestClock } from './clock';

export const TEST_DB = (process.env.TEST_DB ?? 'sqlite') as 'mysql' | 'sqlite';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; [k: string]: unknown };
  }[];
  headers: Headers;
}

export interface Client {
  token: string | undefined;
  /** A typed operation from test/graphql/generated: the answer's type follows the document. */
  gql<T, V extends Record<string, unknown>>(
    document: TypedDocumentNode<T, V>,
    variables?: V,
  ): Promise<GqlResponse<T>>;
  /** A raw query string, for deliberately malformed or hostile requests. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>>;
}

export interface TestApp {
  url: string;
  db: Database;
  app: App;
  config: AppConfig;
  services: Services;
  /** The server's clock: move it to test expiry, holds and windows without rewriting rows. */
  clock: TestClock;
  /** A context acting as a system job, for arranging data directly through services. */
  system: RequestContext;
  anonymous: Client;
  client(token: string | undefined): Client;
  /** Creates a staff member with the role and signs them in through the API. */
  signIn(role: RoleName, email?: string): Promise<Client & { userId: string; email: string }>;
  /**
   * Stops this server and its connections and starts a new one on the same database, with
   * `more` over the settings this app was started with.
   */
  restart(more?: Partial<AppConfig>): Promise<TestApp>;
  close(): Promise<void>;
}

let counter = 0;

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    env: 'test',
    port: 0,
    database: { kind: 'sqlite', file: ':memory:' },
    adminEmail: 'admin@example.com',
    adminPassword: undefined,
    // Tests move the clock by weeks; staff sessions last the longest allowed (90 days).
    sessionTtlHours: 24 * 90,
    logLevel: 'silent',
    webDist: null,
    publicUrl: 'http://localhost',
    cookieSecure: false,
    defaultCurrency: 'AUD',
    defaultTimezone: 'Australia/Melbourne',
    // Suites send thousands of requests a minute from one address and user; the limits have
    // their own tests (rate-limits.test.ts), and per-account sign-in pacing stays as shipped.
    security: loadSecurityConfig(
      {
        RATE_LIMIT_USER_PER_MINUTE: '1000000',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
        SIGN_IN_FREE_FAILURES_PER_ADDRESS: '100000',
        // Race suites queue hundreds of requests on one profile on a busy machine; the
        // budget itself is tested with its own setting (query-limits.test.ts).
        REQUEST_TIMEOUT_MS: '120000',
        // Sessions stay usable while idle that long (the idle timeout's own tests shorten it).
        SESSION_IDLE_MINUTES: String(60 * 24 * 90),
      },
      'test',
    ),
    // Tests run the daily pass themselves (runScheduledIssuance), never on a timer.
    scheduleTime: null,
    scheduleTimezone: 'Australia/Melbourne',
    idempotencyRetentionDays: 7,
    // Tests move the clock back and forth; the report tests run the roll-up themselves.
    reportsRollupSeconds: 0,
    webhooks: { allowPrivate: true, timeoutMs: 2_000, pollMs: 100 },
    ...overrides,
  };
}

/** A real server on a fresh database (migrations applied), listening on a random port. */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  existing?: ScratchDatabase,
): Promise<TestApp> {
  const scratch: ScratchDatabase = existing ?? (await createScratchDatabase(TEST_DB));
  const config = testConfig({ database: scratch.config, ...overrides });
  // Recordings of a request's statements leave the workers' rounds out.
  trackBackgroundWork();
  const db = await openDatabase(config.database, ENTITIES);
  const clock = new TestClock();
  const services = createServices(config);
  const app = await createApp({ config, db, logger: createLogger('silent'), services, clock });
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const system = RequestContext.create(db, { kind: 'system', job: 'test' }, clock);

  const client = (token: string | undefined): Client => ({
    token,
    gql: async (document: string | DocumentNode, variables?: Record<string, unknown>) => {
      const query = typeof document === 'string' ? document : print(document);
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: GqlResponse['errors'] };
      return {
        status: res.status,
        data: body.data ?? null,
        errors: body.errors,
        headers: res.headers,
      };
    },
  });

  const testApp: TestApp = {
    url,
    db,
    app,
    config,
    services,
    clock,
    system,
    anonymous: client(undefined),
    client,
    signIn: async (role, email) => {
      const address = email ?? `${role.toLowerCase()}${++counter}@example.com`;
      const password = 'correct horse battery';
      const user = await services.auth.createUser(system, {
        email: address,
        name: `${role} ${counter}`,
        role,
        password,
      });
      const res = await client(undefined).gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: address, p: password },
      );
      if (!res.data) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
      return { ...client(res.data.login.token), userId: user.id, email: address };
    },
    restart: async (more = {}) => {
      await app.stop();
      await db.close();
      return startTestApp({ ...overrides, ...more }, scratch);
    },
    close: async () => {
      await app.stop();
      await db.close();
      await scratch.drop();
    },
  };
  return testApp;
}

export function errorCode(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
