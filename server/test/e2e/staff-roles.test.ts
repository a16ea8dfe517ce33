import { Not } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyEntity, UserEntity } from '../../src/modules/auth/entities';
import { errorCode, startTestApp, TestApp } from '../support/harness';

// Issue 13: staff change role, the last active ADMIN is kept, and API keys show their last
// use. Its own app: the last-admin rule needs a database where the admins can be counted.

const SET_ROLE =
  'mutation($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id role } }';
const SET_ACTIVE =
  'mutation($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { id active } }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('changing a role', () => {
  it("applies to the person's signed-in session at once", async () => {
    const admin = await t.signIn('ADMIN');
    const manager = await t.signIn('MANAGER');
    expect(errorCode(await manager.gql('{ users { id } }'))).toBe('FORBIDDEN');
    const res = await admin.gql(SET_ROLE, { id: manager.userId, role: 'ADMIN' });
    expect(res.data?.setUserRole).toEqual({ id: manager.userId, role: 'ADMIN' });
    // The same session, not signed in again, and within the credential cache's lifetime.
    expect((await manager.gql('{ users { id } }')).data?.users.length).toBeGreaterThan(1);
    await admin.gql(SET_ROLE, { id: manager.userId, role: 'MANAGER' });
    expect(errorCode(await manager.gql('{ users { id } }'))).toBe('FORBIDDEN');
    expect((await manager.gql('{ me { role } }')).data?.me.role).toBe('MANAGER');
  });

  it('is for ADMINs, and refuses an unknown account or role without writing', async () => {
    const admin = await t.signIn('ADMIN');
    const manager = await t.signIn('MANAGER');
    expect(errorCode(await manager.gql(SET_ROLE, { id: manager.userId, role: 'ADMIN' }))).toBe(
      'FORBIDDEN',
    );
    const unknown = await admin.gql(SET_ROLE, { id: 'no-such-user', role: 'ADMIN' });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(errorCode(await admin.gql(SET_ROLE, { id: manager.userId, role: 'OWNER' }))).toBe(
      'BAD_USER_INPUT',
    );
    const row = await t.db.manager.findOneByOrFail(UserEntity, { id: manager.userId });
    expect(row.role).toBe('MANAGER');
  });
});

describe('the last active administrator', () => {
  it('cannot give up the role or be deactivated, so someone can always manage staff', async () => {
    const admin = await t.signIn('ADMIN');
    const other = await t.signIn('ADMIN');
    // Every other administrator of this database is deactivated first.
    await t.db.manager.update(
      UserEntity,
      { role: 'ADMIN', id: Not(admin.userId) },
      { active: false },
    );
    const refused = await admin.gql(SET_ROLE, { id: admin.userId, role: 'MANAGER' });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/last active administrator/);
    expect((await t.db.manager.findOneByOrFail(UserEntity, { id: admin.userId })).role).toBe(
      'ADMIN',
    );

    // With a second active administrator, either may step down.
    await admin.gql(SET_ACTIVE, { id: other.userId, active: true });
    const stepDown = await admin.gql(SET_ROLE, { id: admin.userId, role: 'MANAGER' });
    expect(stepDown.data?.setUserRole.role).toBe('MANAGER');
    await other.gql(SET_ROLE, { id: admin.userId, role: 'ADMIN' });
  });

  it('survives two administrators demoting each other at the same moment', async () => {
    const a = await t.signIn('ADMIN');
    const b = await t.signIn('ADMIN');
    await t.db.manager.update(UserEntity, { role: 'ADMIN', id: Not(a.userId) }, { active: false });
    await t.db.manager.update(UserEntity, { id: b.userId }, { active: true });
    const [ab, ba] = await Promise.all([
      a.gql(SET_ROLE, { id: b.userId, role: 'MANAGER' }),
      b.gql(SET_ROLE, { id: a.userId, role: 'MANAGER' }),
    ]);
    // One demotion lands; the other is refused: it would leave nobody, or (when it arrives
    // after the first landed) its sender is no longer an administrator.
    expect([ab, ba].filter((r) => r.data?.setUserRole).length).toBe(1);
    expect(
      [ab, ba].filter((r) => ['BAD_USER_INPUT', 'FORBIDDEN'].includes(errorCode(r) ?? '')).length,
    ).toBe(1);
    const admins = await t.db.manager.count(UserEntity, { where: { role: 'ADMIN', active: true } });
    expect(admins).toBe(1);
  });

  it('keeps a deactivation from leaving nobody either', async () => {
    const a = await t.signIn('ADMIN');
    const b = await t.signIn('ADMIN');
    await t.db.manager.update(UserEntity, { role: 'ADMIN', id: Not(a.userId) }, { active: false });
    await t.db.manager.update(UserEntity, { id: b.userId }, { active: true });
    const [ab, ba] = await Promise.all([
      a.gql(SET_ACTIVE, { id: b.userId, active: false }),
      b.gql(SET_ACTIVE, { id: a.userId, active: false }),
    ]);
    expect([ab, ba].filter((r) => r.data?.setUserActive).length).toBe(1);
    const admins = await t.db.manager.count(UserEntity, { where: { role: 'ADMIN', active: true } });
    expect(admins).toBe(1);
  });
});

describe('an API key', () => {
  it('shows when it was last used, written at most once a minute', async () => {
    const admin = await t.signIn('ADMIN');
    const created = await admin.gql(
      'mutation { createApiKey(input: { name: "Till 4", scopes: [READ_PROFILES] }) { secret apiKey { id lastUsedAt } } }',
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(apiKey.lastUsedAt).toBeNull();
    const key = t.client(secret);
    await key.gql('{ profiles(first: 1) { totalCount } }');
    const listed = async () =>
      (await admin.gql('{ apiKeys { id lastUsedAt } }')).data!.apiKeys.find(
        (k: { id: string }) => k.id === apiKey.id,
      ).lastUsedAt as string;
    const first = await listed();
    expect(Math.abs(new Date(first).getTime() - t.clock.now().getTime())).toBeLessThan(5_000);

    // Within the minute nothing is written again, even past the credential cache.
    t.clock.advance(30_000);
    await key.gql('{ profiles(first: 1) { totalCount } }');
    expect(await listed()).toBe(first);
    t.clock.advance(31_000);
    try {
      await key.gql('{ profiles(first: 1) { totalCount } }');
      const row = await t.db.manager.findOneByOrFail(ApiKeyEntity, { id: apiKey.id });
      expect(row.lastUsedAt!.getTime()).toBeGreaterThanOrEqual(new Date(first).getTime() + 60_000);
    } finally {
      t.clock.reset();
    }
  });
});

describe('set-password links', () => {
  const INVITE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
  const LINK =
    'mutation($id: ID!) { createPasswordLink(userId: $id) { url expiresAt user { email } } }';
  const OFFER = `query($token: String!) { passwordLinkOffer(token: $token) {
    __typename ... on PasswordLinkOffer { email name expiresAt } ... on ErrorResult { errorCode message } } }`;
  const SET = `mutation($token: String!, $password: String!) { setPasswordWithLink(token: $token, password: $password) {
    __typename ... on PasswordLinkOffer { email } ... on ErrorResult { errorCode message } } }`;
  const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
  const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

  it('invite someone without a password; they set it once and sign in', async () => {
    const admin = await t.signIn('ADMIN');
    const created = await admin.gql(INVITE, {
      input: { email: 'invitee@example.com', name: 'Ivy Invitee', role: 'MANAGER' },
    });
    const userId = created.data!.createUser.id as string;
    const link = (await admin.gql(LINK, { id: userId })).data!.createPasswordLink;
    expect(link.url).toMatch(/^http:\/\/localhost\/set-password\?token=rwp_/);
    expect(link.user.email).toBe('invitee@example.com');
    const hours = (Date.parse(link.expiresAt) - t.clock.now().getTime()) / 3_600_000;
    expect(Math.round(hours)).toBe(72);

    // The public page shows whose account it is, and nothing more.
    const offer = await t.anonymous.gql(OFFER, { token: tokenOf(link.url) });
    expect(offer.data!.passwordLinkOffer).toEqual({
      __typename: 'PasswordLinkOffer',
      email: 'invitee@example.com',
      name: 'Ivy Invitee',
      expiresAt: link.expiresAt,
    });
    // A short password is refused and the link still works.
    const short = await t.anonymous.gql(SET, { token: tokenOf(link.url), password: 'short' });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    const [first, second] = await Promise.all([
      t.anonymous.gql(SET, { token: tokenOf(link.url), password: 'a long new password' }),
      t.anonymous.gql(SET, { token: tokenOf(link.url), password: 'another long password' }),
    ]);
    // Two submissions at once: one sets the password, the other is told the link was used.
    const kinds = [first, second].map((r) => r.data!.setPasswordWithLink.__typename).sort();
    expect(kinds).toEqual(['InvalidLinkError', 'PasswordLinkOffer']);
    const winner =
      first.data!.setPasswordWithLink.__typename === 'PasswordLinkOffer'
        ? 'a long new password'
        : 'another long password';
    const login = await t.anonymous.gql(LOGIN, { e: 'invitee@example.com', p: winner });
    expect(login.data?.login.token).toMatch(/^rws_/);
    const again = await t.anonymous.gql(OFFER, { token: tokenOf(link.url) });
    expect(again.data!.passwordLinkOffer).toMatchObject({
      errorCode: 'INVALID_LINK',
      message: expect.stringMatching(/already used/),
    });
  });

  it('resets a password: the newest link is the one that works, and sessions end', async () => {
    const admin = await t.signIn('ADMIN');
    const manager = await t.signIn('MANAGER');
    const older = (await admin.gql(LINK, { id: manager.userId })).data!.createPasswordLink.url;
    const newer = (await admin.gql(LINK, { id: manager.userId })).data!.createPasswordLink.url;
    const replaced = await t.anonymous.gql(SET, {
      token: tokenOf(older),
      password: 'reset password one',
    });
    expect(replaced.data!.setPasswordWithLink).toMatchObject({ errorCode: 'INVALID_LINK' });
    const set = await t.anonymous.gql(SET, {
      token: tokenOf(newer),
      password: 'reset password two',
    });
    expect(set.data!.setPasswordWithLink.__typename).toBe('PasswordLinkOffer');
    // Whoever was signed in with the old password is signed out.
    expect(errorCode(await manager.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('refuses made-up, tampered and expired links with a clear reason', async () => {
    const admin = await t.signIn('ADMIN');
    const manager = await t.signIn('MANAGER');
    const url = (await admin.gql(LINK, { id: manager.userId })).data!.createPasswordLink.url;
    for (const token of ['rwp_madeup', `${tokenOf(url)}x`, 'rwl_not-this-kind', '']) {
      const res = await t.anonymous.gql(OFFER, { token });
      expect(res.data!.passwordLinkOffer).toMatchObject({ errorCode: 'INVALID_LINK' });
    }
    t.clock.advance(73 * 3_600_000);
    try {
      const late = await t.anonymous.gql(SET, {
        token: tokenOf(url),
        password: 'too late password',
      });
      expect(late.data!.setPasswordWithLink).toMatchObject({
        errorCode: 'INVALID_LINK',
        message: expect.stringMatching(/expired/),
      });
    } finally {
      t.clock.reset();
    }
    // A deactivated account gets no link.
    await admin.gql(SET_ACTIVE, { id: manager.userId, active: false });
    expect(errorCode(await admin.gql(LINK, { id: manager.userId }))).toBe('BAD_USER_INPUT');
  });

  it('are made by ADMINs only', async () => {
    const manager = await t.signIn('MANAGER');
    expect(errorCode(await manager.gql(LINK, { id: manager.userId }))).toBe('FORBIDDEN');
  });
});
