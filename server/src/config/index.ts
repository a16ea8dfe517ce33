import path from 'node:path';
import { isCurrency } from '../core/currency';
import { canonicalTimeZone } from '../core/time';

/** Where the data lives: MySQL in production, an embedded SQLite file by default. */
export type DatabaseConfig =
  | {
      kind: 'mysql';
      /** mariadb:// selects MariaDB's catalogue dialect for schema comparisons; same SQL otherwise. */
      flavor: 'mysql' | 'mariadb';
      host: string;
      port: number;
      user: string;
      password: string;
      database: string;
    }
  | { kind: 'sqlite'; file: string };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  database: DatabaseConfig;
  /**
   * Who applies migrations (MIGRATION_DATABASE_URL): a user allowed to change the schema, so
   * the app's own user (DATABASE_URL) can be kept from UPDATE and DELETE on the ledger.
   * Absent: the app's database and user (SQLite: always the same file).
   */
  migrationDatabase?: DatabaseConfig;
  /** First ADMIN created on an empty database; a random password is generated when unset. */
  adminEmail: string;
  adminPassword: string | undefined;
  sessionTtlHours: number;
  /** How long a process trusts a proven credential before asking the database again (s). */
  credentialCacheSeconds?: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Built admin SPA served at `/`; null to serve the API only. */
  webDist: string | null;
  /** Base URL customers and staff reach the product at, used in links. */
  publicUrl: string;
  /** Session cookie only over HTTPS; on by default in production. */
  cookieSecure: boolean;
  /** Settings for a new brand: its currency and time zone (changeable later in Settings). */
  defaultCurrency: string;
  defaultTimezone: string;
  /**
   * Outgoing webhooks: private targets allowed (always outside production), the request
   * timeout and how often the worker looks for due deliveries. Defaults: WEBHOOK_DEFAULTS.
   */
  webhooks?: WebhookSettings;
  /** How often the bulk-issue worker looks for unfinished jobs (default 500 ms). */
  bulkPollMs?: number;
  /** Query, time, rate and session limits (docs/SECURITY.md lists each with its setting). */
  security: SecurityConfig;
  /** Local time of day ('HH:MM') the daily issuance pass runs at; null when it does not run. */
  scheduleTime: string | null;
  /** IANA zone SCHEDULE_TIME is read in (default: DEFAULT_TIMEZONE). */
  scheduleTimezone: string;
  /** Idempotency keys older than this many days are purged by the daily pass (at least 1). */
  idempotencyRetentionDays: number;
  /**
   * How often the ledger's ended brand-local days are summed for the activity report
   * (REPORTS_ROLLUP_SECONDS, default 60 s; 0: never, the report then reads the ledger alone).
   */
  reportsRollupSeconds: number;
}

/** graphql-armor's limits on one operation, and whether the schema may be explored. */
export interface QueryLimitsConfig {
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Introspection and "did you mean" suggestions; off in production by default. */
  introspection: boolean;
}

export interface RateLimitsConfig {
  /** Requests per minute per API key, per user and per anonymous address (per process). */
  apiKeyPerMinute: number;
  userPerMinute: number;
  anonymousPerMinute: number;
  /** Failed sign-ins allowed before each further attempt waits (shared through the database). */
  signInFreeFailuresPerAccount: number;
  signInFreeFailuresPerAddress: number;
  /** The longest wait a run of failures can earn, per account and per address (seconds). */
  signInMaxDelaySecondsPerAccount: number;
  signInMaxDelaySecondsPerAddress: number;
}

export interface SecurityConfig {
  query: QueryLimitsConfig;
  /** A request still running after this is answered with TIMEOUT (503). */
  requestTimeoutMs: number;
  rate: RateLimitsConfig;
  /** A session unused for this long ends, beside its absolute lifetime. */
  sessionIdleMinutes: number;
  /** Strict-Transport-Security on every answer; on in production by default. */
  hsts: boolean;
}

export interface WebhookSettings {
  allowPrivate: boolean;
  timeoutMs: number;
  pollMs: number;
}

export const WEBHOOK_DEFAULTS: WebhookSettings = {
  allowPrivate: false,
  timeoutMs: 10_000,
  pollMs: 1_000,
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/rewards.sqlite';

/**
 * Parses DATABASE_URL: `mysql://user:pass@host:port/db` or `sqlite:<path>`.
 * Never echoes a password back in an error.
 */
export function parseDatabaseUrl(raw: string, cwd = process.cwd()): DatabaseConfig {
  const value = raw.trim();
  const shape =
    'expected mysql://user:password@host:port/database (or mariadb://…) or sqlite:<path>';
  if (value.startsWith('sqlite:')) {
    const file = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new ConfigError(`DATABASE_URL has no SQLite file path (${shape})`);
    return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(cwd, file) };
  }
  if (value.startsWith('mysql://') || value.startsWith('mariadb://')) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid URL (${shape})`);
    }
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (!url.hostname) throw new ConfigError(`DATABASE_URL has no host (${shape})`);
    if (!url.username) throw new ConfigError(`DATABASE_URL has no user (${shape})`);
    if (!database || database.includes('/')) {
      throw new ConfigError(`DATABASE_URL has no database name (${shape})`);
    }
    const port = url.port ? Number(url.port) : 3306;
    return {
      kind: 'mysql',
      flavor: value.startsWith('mariadb://') ? 'mariadb' : 'mysql',
      host: url.hostname,
      port,
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database,
    };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  throw new ConfigError(
    scheme
      ? `DATABASE_URL scheme '${scheme}' is not supported (${shape})`
      : `DATABASE_URL is malformed (${shape})`,
  );
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim()))
    throw new ConfigError(`${name} must be a whole number, got '${raw}'`);
  const n = Number(raw);
  if (n < min || n > max)
    throw new ConfigError(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') {
    throw new ConfigError(`${name} must be true or false, got '${raw}'`);
  }
  return raw === 'true';
}

/**
 * The security limits; defaults stay far above what the admin app, a busy storefront and
 * the benchmark need (tests prove the app's own queries stay well under them).
 */
export function loadSecurityConfig(
  env: NodeJS.ProcessEnv,
  nodeEnv: AppConfig['env'],
): SecurityConfig {
  const production = nodeEnv === 'production';
  return {
    query: {
      maxCost: int(env, 'GRAPHQL_MAX_COST', 50_000, 1, 100_000_000),
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 12, 1, 1000),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 30, 0, 100_000),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 5_000, 10, 10_000_000),
      maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', 30, 0, 100_000),
      introspection: bool(env, 'GRAPHQL_INTROSPECTION', !production),
    },
    requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 10_000, 10, 600_000),
    rate: {
      apiKeyPerMinute: int(env, 'RATE_LIMIT_API_KEY_PER_MINUTE', 120_000, 1, 100_000_000),
      userPerMinute: int(env, 'RATE_LIMIT_USER_PER_MINUTE', 6_000, 1, 100_000_000),
      anonymousPerMinute: int(env, 'RATE_LIMIT_ANONYMOUS_PER_MINUTE', 600, 1, 100_000_000),
      signInFreeFailuresPerAccount: int(env, 'SIGN_IN_FREE_FAILURES_PER_ACCOUNT', 5, 0, 1000),
      signInFreeFailuresPerAddress: int(env, 'SIGN_IN_FREE_FAILURES_PER_ADDRESS', 20, 0, 100_000),
      signInMaxDelaySecondsPerAccount: int(
        env,
        'SIGN_IN_MAX_DELAY_SECONDS_PER_ACCOUNT',
        30,
        1,
        3600,
      ),
      signInMaxDelaySecondsPerAddress: int(
        env,
        'SIGN_IN_MAX_DELAY_SECONDS_PER_ADDRESS',
        900,
        1,
        86_400,
      ),
    },
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 120, 2, 60 * 24 * 90),
    hsts: bool(env, 'HSTS', production),
  };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The only reader of process.env: validates everything once, at boot. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test, got '${nodeEnv}'`);
  }
  const logLevel = (env.LOG_LEVEL ??
    (nodeEnv === 'test' ? 'silent' : 'info')) as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${logLevel}'`);
  }
  const adminEmail = (env.ADMIN_EMAIL ?? 'admin@example.com').trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError(`ADMIN_EMAIL is not an email address: '${adminEmail}'`);
  }
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD must be at least 8 characters');
  }
  const port = int(env, 'PORT', 4000, 0, 65535);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL is not a URL: '${publicUrl}'`);
  }
  const webDist =
    env.WEB_DIST === ''
      ? null
      : path.resolve(cwd, env.WEB_DIST ?? path.join(__dirname, '../../../web/dist'));
  const cookieSecureRaw = env.COOKIE_SECURE ?? (nodeEnv === 'production' ? 'true' : 'false');
  if (cookieSecureRaw !== 'true' && cookieSecureRaw !== 'false') {
    throw new ConfigError(`COOKIE_SECURE must be true or false, got '${cookieSecureRaw}'`);
  }
  const defaultCurrency = (env.DEFAULT_CURRENCY ?? 'AUD').trim().toUpperCase();
  if (!isCurrency(defaultCurrency)) {
    throw new ConfigError(`DEFAULT_CURRENCY is not an ISO 4217 code: '${defaultCurrency}'`);
  }
  const defaultTimezone = canonicalTimeZone((env.DEFAULT_TIMEZONE ?? 'Australia/Melbourne').trim());
  if (!defaultTimezone) {
    throw new ConfigError(`DEFAULT_TIMEZONE is not an IANA time zone: '${env.DEFAULT_TIMEZONE}'`);
  }
  const scheduleRaw = (env.SCHEDULE_TIME ?? '03:00').trim();
  const scheduleTime = scheduleRaw === 'off' || scheduleRaw === '' ? null : scheduleRaw;
  if (scheduleTime !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(scheduleTime)) {
    throw new ConfigError(`SCHEDULE_TIME must be HH:MM (24-hour) or 'off', got '${scheduleRaw}'`);
  }
  const scheduleTimezone = canonicalTimeZone((env.SCHEDULE_TIMEZONE ?? defaultTimezone).trim());
  if (!scheduleTimezone) {
    throw new ConfigError(`SCHEDULE_TIMEZONE is not an IANA time zone: '${env.SCHEDULE_TIMEZONE}'`);
  }
  const database = parseDatabaseUrl(env.DATABASE_URL || DEFAULT_DATABASE_URL, cwd);
  return {
    env: nodeEnv,
    port,
    database,
    migrationDatabase: migrationDatabaseOf(env, database, cwd),
    adminEmail,
    adminPassword,
    sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 90),
    credentialCacheSeconds: int(env, 'AUTH_CACHE_SECONDS', 5, 0, 60),
    logLevel,
    webDist,
    publicUrl,
    cookieSecure: cookieSecureRaw === 'true',
    defaultCurrency,
    defaultTimezone,
    security: loadSecurityConfig(env, nodeEnv),
    scheduleTime,
    scheduleTimezone,
    idempotencyRetentionDays: int(env, 'IDEMPOTENCY_RETENTION_DAYS', 7, 1, 3650),
    reportsRollupSeconds: int(env, 'REPORTS_ROLLUP_SECONDS', 60, 0, 86_400),
    webhooks: webhookSettings(env, nodeEnv),
  };
}

/** WEBHOOKS_ALLOW_PRIVATE, WEBHOOKS_TIMEOUT_MS, WEBHOOKS_POLL_MS. */
function webhookSettings(env: NodeJS.ProcessEnv, nodeEnv: string): WebhookSettings {
  const raw = env.WEBHOOKS_ALLOW_PRIVATE ?? (nodeEnv === 'production' ? 'false' : 'true');
  if (raw !== 'true' && raw !== 'false') {
    throw new ConfigError(`WEBHOOKS_ALLOW_PRIVATE must be true or false, got '${raw}'`);
  }
  return {
    allowPrivate: raw === 'true',
    timeoutMs: int(env, 'WEBHOOKS_TIMEOUT_MS', WEBHOOK_DEFAULTS.timeoutMs, 100, 60_000),
    pollMs: int(env, 'WEBHOOKS_POLL_MS', WEBHOOK_DEFAULTS.pollMs, 10, 60_000),
  };
}

/** MIGRATION_DATABASE_URL: the same kind of database as DATABASE_URL; absent means the same. */
function migrationDatabaseOf(
  env: NodeJS.ProcessEnv,
  database: DatabaseConfig,
  cwd: string,
): DatabaseConfig | undefined {
  if (!env.MIGRATION_DATABASE_URL) return undefined;
  let migration: DatabaseConfig;
  try {
    migration = parseDatabaseUrl(env.MIGRATION_DATABASE_URL, cwd);
  } catch (err) {
    throw new ConfigError(`MIGRATION_${(err as Error).message}`);
  }
  if (migration.kind !== database.kind) {
    throw new ConfigError(
      'MIGRATION_DATABASE_URL must name the same kind of database as DATABASE_URL',
    );
  }
  // SQLite has no users: the embedded database migrates its own file.
  if (migration.kind === 'sqlite') return undefined;
  return migration;
}

/** Settings the test suites and checks read: where MySQL is and whether it must be there. */
export interface TestSettings {
  /** Server-level URL; scratch databases are named after its database with a suffix. */
  mysqlUrl: string;
  /** In CI (or with REQUIRE_MYSQL=1) a MySQL problem fails the run instead of skipping. */
  requireMysql: boolean;
}

export const DEFAULT_TEST_MYSQL_URL = 'mariadb://rewards:rewards@127.0.0.1:3306/rewards';

export function loadTestSettings(env: NodeJS.ProcessEnv = process.env): TestSettings {
  return {
    mysqlUrl: env.TEST_MYSQL_URL || DEFAULT_TEST_MYSQL_URL,
    requireMysql: env.CI === 'true' || env.REQUIRE_MYSQL === '1',
  };
}
