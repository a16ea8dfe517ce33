import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from '../../src/config';

describe('DATABASE_URL', () => {
  it('reads a MySQL URL with an encoded password', () => {
    expect(parseDatabaseUrl('mysql://app:p%40ss@db.internal:3307/rewards')).toEqual({
      kind: 'mysql',
      flavor: 'mysql',
      host: 'db.internal',
      port: 3307,
      user: 'app',
      password: 'p@ss',
      database: 'rewards',
    });
  });

  it('defaults the MySQL port and accepts mariadb://', () => {
    const config = parseDatabaseUrl('mariadb://app:x@localhost/rewards');
    expect(config).toMatchObject({ kind: 'mysql', flavor: 'mariadb', port: 3306 });
  });

  it('resolves a relative SQLite path against the working directory', () => {
    expect(parseDatabaseUrl('sqlite:./data/r.sqlite', '/srv/app')).toEqual({
      kind: 'sqlite',
      file: '/srv/app/data/r.sqlite',
    });
    expect(parseDatabaseUrl('sqlite:///var/lib/r.sqlite')).toEqual({
      kind: 'sqlite',
      file: '/var/lib/r.sqlite',
    });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', file: ':memory:' });
  });

  it.each([
    ['postgres://u:secretpw@h/db', /scheme 'postgres' is not supported/],
    ['mysql://u:secretpw@h', /no database name/],
    ['mysql://:secretpw@h/db', /no user/],
    ['mysql://u:secretpw@h:notaport/db', /not a valid URL/],
    ['sqlite:', /no SQLite file path/],
    ['just-a-path.db', /malformed/],
  ])('refuses %s and says why without echoing the password', (url, reason) => {
    let error: unknown;
    try {
      parseDatabaseUrl(url);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).not.toContain('secretpw');
  });
});

describe('configuration', () => {
  it('has defaults that start the product on the embedded database', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.database).toEqual({ kind: 'sqlite', file: '/srv/app/data/rewards.sqlite' });
    expect(config.port).toBe(4000);
    expect(config.env).toBe('development');
    expect(config.adminEmail).toBe('admin@example.com');
    expect(config.adminPassword).toBeUndefined();
    expect(config.cookieSecure).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be between/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV must be/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ ADMIN_EMAIL: 'nobody' }, /ADMIN_EMAIL is not an email/],
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD must be at least 8/],
    [{ SESSION_TTL_HOURS: '0' }, /SESSION_TTL_HOURS must be between/],
    [{ PUBLIC_URL: 'not a url' }, /PUBLIC_URL is not a URL/],
    [{ COOKIE_SECURE: 'yes' }, /COOKIE_SECURE must be true or false/],
  ])('rejects %o', (env, reason) => {
    expect(() => loadConfig(env)).toThrow(reason);
  });
});

describe('the daily pass schedule', () => {
  it('runs at 03:00 in the brand zone by default, at SCHEDULE_TIME in SCHEDULE_TIMEZONE, or not at all', () => {
    expect(loadConfig({})).toMatchObject({
      scheduleTime: '03:00',
      scheduleTimezone: 'Australia/Melbourne',
      idempotencyRetentionDays: 7,
    });
    expect(
      loadConfig({
        SCHEDULE_TIME: '23:30',
        SCHEDULE_TIMEZONE: 'America/New_York',
        IDEMPOTENCY_RETENTION_DAYS: '30',
      }),
    ).toMatchObject({
      scheduleTime: '23:30',
      scheduleTimezone: 'America/New_York',
      idempotencyRetentionDays: 30,
    });
    expect(loadConfig({ SCHEDULE_TIME: 'off' }).scheduleTime).toBeNull();
  });

  it('refuses a malformed time, zone or retention', () => {
    for (const env of [
      { SCHEDULE_TIME: '3am' },
      { SCHEDULE_TIME: '24:00' },
      { SCHEDULE_TIMEZONE: 'Mars/Olympus' },
      { IDEMPOTENCY_RETENTION_DAYS: '0' },
    ]) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(ConfigError);
    }
  });
});

describe('the server binary', () => {
  const main = path.resolve(__dirname, '../../dist/main.js');

  it('refuses to start on a malformed DATABASE_URL and says why', () => {
    expect(fs.existsSync(main), 'build the server first (pnpm --dir server build)').toBe(true);
    const run = spawnSync(process.execPath, [main], {
      env: { ...process.env, DATABASE_URL: 'mysql://user:hunter22@db-without-name', PORT: '0' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refusing to start: DATABASE_URL has no database name');
    expect(run.stderr).not.toContain('hunter22');
  });
});
