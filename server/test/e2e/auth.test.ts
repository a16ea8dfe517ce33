import { IsNull } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyEntity, SessionEntity, UserEntity } from '../../src/modules/auth/entities';
import { loadSecurityConfig } from '../../src/config';
import { errorCode, startTestApp, TestApp } from '../support/harness';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { id email name role active } }
}`;
const ME = '{ me { id email role } }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function rawLogin(email: string, password: string) {
  return fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
}

describe('staff sign-in', () => {
  it('returns a bearer token and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const admin = await t.signIn('ADMIN', 'ada@example.com');
    const res = await rawLogin('ADA@example.com ', 'correct horse battery');
    const body = (await res.json()) as {
      data: { login: { token: string; expiresAt: string; user: { email: string; role: string } } };
    };
    expect(body.data.login.user).toMatchObject({ email: 'ada@example.com', role: 'ADMIN' });
    expect(body.data.login.token).toMatch(/^rws_/);
    const hours = (Date.parse(body.data.login.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(t.config.sessionTtlHours - 0.1);
    expect(hours).toBeLessThanOrEqual(t.config.sessionTtlHours);

    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^rewards_session=rws_[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // only in production

    // The cookie alone authenticates (that is what the admin SPA uses).
    const viaCookie = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await viaCookie.json()) as { data: { me: { id: string } } }).data.me.id).toBe(
      admin.userId,
    );

    // Only a hash of the token is stored.
    const stored = await t.db.manager.find(SessionEntity, { where: { userId: admin.userId } });
    expect(stored.map((s) => s.tokenHash)).not.toContain(body.data.login.token);
  });

  it('gives the same answer for a wrong password and an unknown email, and writes nothing', async () => {
    await t.signIn('MANAGER', 'mo@example.com');
    const sessionsBefore = await t.db.manager.count(SessionEntity);
    const wrong = await t.anonymous.gql(LOGIN, {
      email: 'mo@example.com',
      password: 'not the password',
    });
    const unknown = await t.anonymous.gql(LOGIN, {
      email: 'nobody@example.com',
      password: 'whatever123',
    });
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toBe('Invalid email or password.');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    expect(await t.db.manager.count(SessionEntity)).toBe(sessionsBefore);
  });

  it('refuses a deactivated user with the same answer', async () => {
    const admin = await t.signIn('ADMIN');
    const manager = await t.signIn('MANAGER');
    const off = await admin.gql(
      'mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }',
      {
        id: manager.userId,
      },
    );
    expect(off.data).toEqual({ setUserActive: { active: false } });
    const res = await t.anonymous.gql(LOGIN, {
      email: manager.email,
      password: 'correct horse battery',
    });
    expect(res.errors?.[0]?.message).toBe('Invalid email or password.');
    // ...and the session it already had ended with the deactivation.
    expect(errorCode(await manager.gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('slows down password guessing with growing waits, never locking the account', async () => {
    const target = await t.signIn('MANAGER');
    // Five free failures; the sixth makes the account wait 1 s.
    for (let i = 0; i < 6; i++) {
      const res = await t.anonymous.gql(LOGIN, { email: target.email, password: `guess-${i}` });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    }
    const waiting = await t.anonymous.gql(LOGIN, {
      email: target.email,
      password: 'correct horse battery',
    });
    expect(errorCode(waiting)).toBe('RATE_LIMITED');
    expect(waiting.status).toBe(429);
    expect(waiting.headers.get('retry-after')).toBe('1');
    expect(waiting.errors?.[0]?.message).toMatch(/Too many failed sign-in attempts/);
    // After the wait the right password works: the account itself is never locked.
    await new Promise((r) => setTimeout(r, 1100));
    const after = await t.anonymous.gql(LOGIN, {
      email: target.email,
      password: 'correct horse battery',
    });
    expect(after.data?.login.token).toEqual(expect.any(String));
  });

  it('checks a burst of parallel guesses one at a time, so pacing holds for it too', async () => {
    const target = await t.signIn('MANAGER');
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.anonymous.gql(LOGIN, { email: target.email, password: `parallel-guess-${i}` }),
      ),
    );
    const checked = answers.filter((a) => errorCode(a) === 'UNAUTHENTICATED').length;
    const refused = answers.filter((a) => errorCode(a) === 'RATE_LIMITED');
    // Without the one-at-a-time check all 30 guesses would be tried; now a handful are (each
    // one that finds the account free), never more than the free failures and the waits allow.
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(6);
    expect(checked + refused.length).toBe(30);
    expect(refused.every((a) => a.status === 429)).toBe(true);
    // The account is not locked: once the waits pass, the right password works.
    await new Promise((r) => setTimeout(r, 2_100));
    const ok = await t.anonymous.gql(LOGIN, {
      email: target.email,
      password: 'correct horse battery',
    });
    expect(ok.errors ?? [], JSON.stringify({ checked, ok: ok.errors })).toEqual([]);
    expect(ok.data?.login.token).toEqual(expect.any(String));
  });
});

describe('sessions', () => {
  it('stop working when they expire', async () => {
    const manager = await t.signIn('MANAGER');
    expect((await manager.gql(ME)).data?.me).toBeTruthy();
    t.clock.advance(t.config.sessionTtlHours * 3_600_000 + 1000); // past the session's end
    const res = await manager.gql(ME);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    t.clock.reset();
  });

  it('end with logout, which also clears the cookie', async () => {
    const manager = await t.signIn('MANAGER');
    const out = await manager.gql('mutation { logout }');
    expect(out.data).toEqual({ logout: true });
    expect(out.headers.get('set-cookie')).toMatch(/rewards_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(errorCode(await manager.gql(ME))).toBe('UNAUTHENTICATED');
    const revoked = await t.db.manager.findOneByOrFail(SessionEntity, { userId: manager.userId });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
  });

  it('are not accepted when the token is made up', async () => {
    const res = await t.client('rws_made-up-token').gql(ME);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('let a staff member change their own password', async () => {
    const manager = await t.signIn('MANAGER');
    const bad = await manager.gql(
      'mutation { changePassword(currentPassword: "wrong one!!", newPassword: "a brand new secret") }',
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const short = await manager.gql(
      'mutation { changePassword(currentPassword: "correct horse battery", newPassword: "short") }',
    );
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    const ok = await manager.gql(
      'mutation { changePassword(currentPassword: "correct horse battery", newPassword: "a brand new secret") }',
    );
    expect(ok.data).toEqual({ changePassword: true });
    const login = await t.anonymous.gql(LOGIN, {
      email: manager.email,
      password: 'a brand new secret',
    });
    expect(login.data).not.toBeNull();
  });
});

describe('sessions end with a password change and when idle', () => {
  const IDLE_MINUTES = 10;
  let idle: TestApp;
  beforeAll(async () => {
    idle = await startTestApp({
      security: loadSecurityConfig({ SESSION_IDLE_MINUTES: String(IDLE_MINUTES) }, 'test'),
    });
  });
  afterAll(async () => {
    await idle?.close();
  });
  const minutes = (n: number) => n * 60_000;

  it('a session unused for SESSION_IDLE_MINUTES is refused; each use keeps it alive', async () => {
    const manager = await idle.signIn('MANAGER');
    idle.clock.advance(minutes(IDLE_MINUTES - 1));
    expect((await manager.gql(ME)).data?.me).toBeTruthy();
    idle.clock.advance(minutes(IDLE_MINUTES - 1)); // 18 minutes in, 9 since the last use
    expect((await manager.gql(ME)).data?.me).toBeTruthy();
    idle.clock.advance(minutes(IDLE_MINUTES) + 1000);
    expect(errorCode(await manager.gql(ME))).toBe('UNAUTHENTICATED');
    // Refused for good: using it again does not revive it.
    expect(errorCode(await manager.gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('writes the last use at most once a minute, and never for a cached credential', async () => {
    const manager = await idle.signIn('MANAGER');
    const session = () =>
      idle.db.manager.findOneByOrFail(SessionEntity, { userId: manager.userId });
    const signedInAt = (await session()).lastUsedAt!;
    expect(signedInAt).toBeInstanceOf(Date);

    idle.clock.advance(30_000); // past the credential cache, within the minute
    const early = await idle.db.statements.record(() => manager.gql(ME));
    const writes = (sql: string[]) => sql.filter((q) => /^\s*UPDATE/i.test(q));
    expect(writes(early.statements)).toEqual([]);
    expect((await session()).lastUsedAt!.getTime()).toBe(signedInAt.getTime());

    idle.clock.advance(31_000); // a minute since the last recorded use
    const due = await idle.db.statements.record(() => manager.gql(ME));
    expect(writes(due.statements)).toHaveLength(1);
    const recorded = (await session()).lastUsedAt!.getTime();
    expect(recorded).toBeGreaterThanOrEqual(signedInAt.getTime() + 61_000);

    const cached = await idle.db.statements.record(() => manager.gql('{ __typename }'));
    expect(cached.statements).toEqual([]);
    idle.clock.advance(10_000);
    const again = await idle.db.statements.record(() => manager.gql(ME));
    expect(writes(again.statements)).toEqual([]);
    expect((await session()).lastUsedAt!.getTime()).toBe(recorded);
  });

  it("changePassword ends the user's other sessions at once but not the caller's", async () => {
    const manager = await idle.signIn('MANAGER');
    const other = await idle.anonymous.gql<{ login: { token: string } }>(LOGIN, {
      email: manager.email,
      password: 'correct horse battery',
    });
    const elsewhere = idle.client(other.data!.login.token);
    const colleague = await idle.signIn('MANAGER');
    // All three are proven and cached in this process before the change.
    for (const c of [manager, elsewhere, colleague])
      expect((await c.gql(ME)).data?.me).toBeTruthy();

    const changed = await manager.gql(
      'mutation { changePassword(currentPassword: "correct horse battery", newPassword: "a brand new secret") }',
    );
    expect(changed.data).toEqual({ changePassword: true });

    expect((await manager.gql(ME)).data?.me).toBeTruthy();
    expect(errorCode(await elsewhere.gql(ME))).toBe('UNAUTHENTICATED');
    expect((await colleague.gql(ME)).data?.me).toBeTruthy();
    const sessions = await idle.db.manager.findBy(SessionEntity, { userId: manager.userId });
    expect(sessions.filter((s) => s.revokedAt === null)).toHaveLength(1);
    expect(sessions.filter((s) => s.revokedAt !== null)).toHaveLength(1);
  });
});

describe('staff accounts', () => {
  const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email name role active } }`;

  it('an ADMIN creates a user who can then sign in', async () => {
    const admin = await t.signIn('ADMIN');
    const res = await admin.gql(CREATE, {
      input: {
        email: 'New.Person@Example.com',
        name: 'New Person',
        role: 'MANAGER',
        password: 'long enough pw',
      },
    });
    expect(res.data?.createUser).toMatchObject({
      email: 'new.person@example.com',
      role: 'MANAGER',
      active: true,
    });
    const login = await t.anonymous.gql(LOGIN, {
      email: 'new.person@example.com',
      password: 'long enough pw',
    });
    expect(login.data?.login.user.role).toBe('MANAGER');
    const list = await admin.gql('{ users { email } }');
    expect(list.data?.users.map((u: { email: string }) => u.email)).toContain(
      'new.person@example.com',
    );
  });

  it.each([
    [{ email: 'not-an-email', name: 'X', role: 'MANAGER', password: 'long enough pw' }, /email/],
    [{ email: 'a@example.com', name: 'X', role: 'MANAGER', password: 'short' }, /password/],
    [{ email: 'b@example.com', name: '', role: 'MANAGER', password: 'long enough pw' }, /name/],
  ])('rejects %o and writes nothing', async (input, reason) => {
    const admin = await t.signIn('ADMIN');
    const before = await t.db.manager.count(UserEntity);
    const res = await admin.gql(CREATE, { input });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(reason);
    expect(await t.db.manager.count(UserEntity)).toBe(before);
  });

  it('rejects a second user with the same email', async () => {
    const admin = await t.signIn('ADMIN');
    const input = {
      email: 'twice@example.com',
      name: 'Twice',
      role: 'MANAGER',
      password: 'long enough pw',
    };
    expect((await admin.gql(CREATE, { input })).data).not.toBeNull();
    const again = await admin.gql(CREATE, { input: { ...input, email: 'TWICE@example.com' } });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toBe('A user with this email already exists.');
  });

  it('an ADMIN cannot deactivate themselves', async () => {
    const admin = await t.signIn('ADMIN');
    const res = await admin.gql(
      'mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }',
      {
        id: admin.userId,
      },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('a MANAGER cannot manage users', async () => {
    const manager = await t.signIn('MANAGER');
    expect(errorCode(await manager.gql('{ users { id } }'))).toBe('FORBIDDEN');
    const res = await manager.gql(CREATE, {
      input: { email: 'x@example.com', name: 'X', role: 'ADMIN', password: 'long enough pw' },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});

describe('API keys', () => {
  const CREATE = `mutation($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { secret apiKey { id name scopes prefix createdAt revokedAt } }
  }`;

  it('show the secret once and store only its hash', async () => {
    const admin = await t.signIn('ADMIN');
    const res = await admin.gql(CREATE, {
      input: { name: 'POS', scopes: ['REDEEM', 'READ_PROFILES'] },
    });
    const { secret, apiKey } = res.data!.createApiKey;
    expect(secret).toMatch(/^rwk_/);
    expect(apiKey).toMatchObject({
      name: 'POS',
      scopes: ['READ_PROFILES', 'REDEEM'],
      revokedAt: null,
    });
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const row = await t.db.manager.findOneByOrFail(ApiKeyEntity, { id: apiKey.id });
    expect(JSON.stringify(row)).not.toContain(secret);
    const list = await admin.gql('{ apiKeys { id prefix } }');
    expect(JSON.stringify(list.data)).not.toContain(secret);
    expect(list.data?.apiKeys.map((k: { id: string }) => k.id)).toContain(apiKey.id);
  });

  it('act only within their scopes and stop working once revoked', async () => {
    const admin = await t.signIn('ADMIN');
    const created = await admin.gql(CREATE, {
      input: { name: 'Storefront', scopes: ['READ_PROFILES'] },
    });
    const { secret, apiKey } = created.data!.createApiKey;
    const key = t.client(secret);
    // Staff-only and ADMIN-only fields are closed to keys whatever their scopes.
    expect(errorCode(await key.gql('{ users { id } }'))).toBe('FORBIDDEN');
    expect(errorCode(await key.gql(ME))).toBe('FORBIDDEN');

    const revoked = await admin.gql('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', {
      id: apiKey.id,
    });
    expect(revoked.data?.revokeApiKey.revokedAt).toBeTruthy();
    expect(errorCode(await key.gql('{ users { id } }'))).toBe('UNAUTHENTICATED');
    const again = await admin.gql('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', {
      id: apiKey.id,
    });
    expect(again.data?.revokeApiKey.revokedAt).toBe(revoked.data?.revokeApiKey.revokedAt);
    const active = await t.db.manager.count(ApiKeyEntity, {
      where: { id: apiKey.id, revokedAt: IsNull() },
    });
    expect(active).toBe(0);
  });

  it.each([
    [{ name: 'Bad', scopes: ['EVERYTHING'] }],
    [{ name: 'None', scopes: [] }],
    [{ name: 'Twice', scopes: ['REDEEM', 'REDEEM'] }],
    [{ name: '', scopes: ['REDEEM'] }],
  ])('rejects %o and writes nothing', async (input) => {
    const admin = await t.signIn('ADMIN');
    const before = await t.db.manager.count(ApiKeyEntity);
    const res = await admin.gql(CREATE, { input });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await t.db.manager.count(ApiKeyEntity)).toBe(before);
  });

  it('cannot be created or revoked by a MANAGER', async () => {
    const manager = await t.signIn('MANAGER');
    expect(errorCode(await manager.gql(CREATE, { input: { name: 'X', scopes: ['REDEEM'] } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await manager.gql('mutation { revokeApiKey(id: "x") { id } }'))).toBe(
      'FORBIDDEN',
    );
  });
});
