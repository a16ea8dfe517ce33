import { In, IsNull, Not } from 'typeorm';
import { newId } from '../../core/ids';
import type { Logger } from '../../core/logger';
import type { Principal, RequestContext } from '../../core/context';
import { badInput, rateLimited, unauthenticated } from '../../core/errors';
import { InvalidLinkError } from '../../core/results';
import type { ApiScopeName, RoleName } from '../../core/principal';
import { ApiKeyEntity, PasswordLinkEntity, SessionEntity, UserEntity } from './entities';
import { CredentialCache } from './credential-cache';
import type { RateLimitsService } from '../ratelimits';
import { signInDelaySeconds, SIGN_IN_WINDOW_SECONDS } from './sign-in.rules';
import {
  API_KEY_PREFIX,
  dummyPasswordHash,
  hashPassword,
  hashSecret,
  newSecret,
  randomPassword,
  SESSION_TOKEN_PREFIX,
  verifyPassword,
} from './secrets';

export interface SignedIn {
  token: string;
  user: UserEntity;
  expiresAt: Date;
}

/** Password checks in progress at once from one client address. */
const SIGN_IN_SLOTS_PER_ADDRESS = 10;

/** A session's last use is written at most this often. */
export const LAST_USE_EVERY_MS = 60_000;

function idleEnd(lastUsed: Date, idleMs: number | null): number {
  return idleMs === null ? Number.POSITIVE_INFINITY : lastUsed.getTime() + idleMs;
}

export const INVALID_LOGIN = 'Invalid email or password.';

export const PASSWORD_LINK_PREFIX = 'rwp_';
/** How long a set-password link works. */
export const PASSWORD_LINK_TTL_HOURS = 72;
const PASSWORD_LINK_PAGE = '/set-password';

export interface PasswordLinkMade {
  url: string;
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

/** What a set-password link's page shows: whose account it is, and until when it works. */
export interface PasswordLinkOffer {
  email: string;
  name: string;
  expiresAt: Date;
}

/** Staff accounts, sessions and API keys: who is calling, and proving it. */
export class AuthService {
  private readonly credentials: CredentialCache;

  constructor(
    readonly options: {
      sessionTtlHours: number;
      /** A session unused this long is refused (SESSION_IDLE_MINUTES); none when absent. */
      sessionIdleMinutes?: number;
      cookieSecure: boolean;
      /** How long this process trusts a proven credential without asking the database. */
      credentialCacheSeconds?: number;
      /** The app's public address, for set-password links. */
      publicUrl?: string;
    },
    private readonly limits: RateLimitsService,
  ) {
    this.credentials = new CredentialCache((options.credentialCacheSeconds ?? 5) * 1000);
  }

  /**
   * Resolves a bearer token or API-key secret to its principal; null when not valid now. One
   * statement at most, none for a credential proven in the last few seconds.
   */
  async authenticate(ctx: RequestContext, secret: string | undefined): Promise<Principal | null> {
    if (!secret) return null;
    const now = ctx.now();
    const hash = hashSecret(secret);
    const cached = this.credentials.get(hash, now.getTime());
    if (cached) return cached;
    if (secret.startsWith(API_KEY_PREFIX)) {
      const key = await ctx.em.findOne(ApiKeyEntity, {
        where: { secretHash: hash, revokedAt: IsNull() },
        select: { id: true, scopes: true, lastUsedAt: true },
      });
      if (!key) return null;
      // Last use, for the keys screen: written at most once a minute per key, like a session's.
      if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USE_EVERY_MS) {
        await ctx.em
          .createQueryBuilder()
          .update(ApiKeyEntity)
          .set({ lastUsedAt: now })
          .where('id = :id AND (lastUsedAt IS NULL OR lastUsedAt < :due)', {
            id: key.id,
            due: new Date(now.getTime() - LAST_USE_EVERY_MS),
          })
          .execute();
      }
      const principal: Principal = { kind: 'apikey', apiKeyId: key.id, scopes: key.scopes };
      this.credentials.put(hash, principal, now.getTime());
      return principal;
    }
    if (secret.startsWith(SESSION_TOKEN_PREFIX)) {
      // One statement: the session joined to its user (findOne with relations takes two).
      const session = await ctx.em
        .createQueryBuilder(SessionEntity, 's')
        .innerJoinAndSelect('s.user', 'u')
        .where('s.tokenHash = :hash AND s.revokedAt IS NULL', { hash })
        .getOne();
      if (!session?.user || !session.user.active || session.expiresAt <= now) return null;
      const lastUsed = session.lastUsedAt ?? session.createdAt;
      if (idleEnd(lastUsed, this.idleMs) <= now.getTime()) return null;
      // Last use is written at most once a minute per session, awaited (a failed write is
      // the request's failure, never lost), so most requests stay free of writes.
      let recordedUse = lastUsed;
      if (now.getTime() - lastUsed.getTime() >= LAST_USE_EVERY_MS) {
        await this.recordUse(ctx, session.id, now);
        recordedUse = now;
      }
      const principal: Principal = {
        kind: 'user',
        userId: session.user.id,
        role: session.user.role,
        sessionId: session.id,
      };
      // Cached until the earlier of its absolute end and its idle end, so the idle timeout
      // holds for cached entries too.
      const endsAt = Math.min(session.expiresAt.getTime(), idleEnd(recordedUse, this.idleMs));
      this.credentials.put(hash, principal, now.getTime(), new Date(endsAt));
      return principal;
    }
    return null;
  }

  /**
   * Moves a session's last use to now, unless another request (or process) already did
   * within the minute: the condition makes concurrent writers harmless.
   */
  private async recordUse(ctx: RequestContext, sessionId: string, now: Date): Promise<void> {
    await ctx.em
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ lastUsedAt: now })
      .where('id = :sessionId AND (lastUsedAt IS NULL OR lastUsedAt < :due)', {
        sessionId,
        due: new Date(now.getTime() - LAST_USE_EVERY_MS),
      })
      .execute();
  }

  private get idleMs(): number | null {
    const minutes = this.options.sessionIdleMinutes;
    return minutes === undefined ? null : minutes * 60_000;
  }

  async login(
    ctx: RequestContext,
    email: string,
    password: string,
    client: string,
  ): Promise<SignedIn> {
    const normalised = email.trim().toLowerCase();
    const account = `account:${normalised}`;
    const address = `address:${client}`;
    // One password check at a time per account (a few per address): without this, a burst of
    // parallel guesses would all pass the pacing check below before the first failure is
    // counted. A try that finds its slot taken is refused at once, without checking anything.
    const checking = this.checking;
    if (!(await checking.account.enter(ctx, account))) {
      throw rateLimited(1, 'A sign-in for this account is being checked. Try again in a moment.');
    }
    try {
      if (!(await checking.address.enter(ctx, address))) {
        throw rateLimited(1, 'Too many sign-ins at once from this address. Try again in a moment.');
      }
      try {
        return await this.checkSignIn(ctx, normalised, password, account, address);
      } finally {
        await checking.address.leave(ctx, address);
      }
    } finally {
      await checking.account.leave(ctx, account);
    }
  }

  private get checking() {
    this.signInSlots ??= {
      account: this.limits.concurrency('sign-in.checking', 1, 30),
      address: this.limits.concurrency('sign-in.checking-address', SIGN_IN_SLOTS_PER_ADDRESS, 30),
    };
    return this.signInSlots;
  }
  private signInSlots:
    Record<'account' | 'address', ReturnType<RateLimitsService['concurrency']>> | undefined;

  private async checkSignIn(
    ctx: RequestContext,
    normalised: string,
    password: string,
    account: string,
    address: string,
  ): Promise<SignedIn> {
    // Growing waits per account and per address (a shop's shared network gets more free
    // tries), shared by every process; never a lock-out of the account itself.
    const rate = this.limits.rate;
    const failures = this.limits.shared('sign-in', SIGN_IN_WINDOW_SECONDS);
    const wait = Math.max(await failures.waitOf(ctx, account), await failures.waitOf(ctx, address));
    if (wait > 0) {
      throw rateLimited(wait, `Too many failed sign-in attempts. Try again in ${wait} s.`);
    }
    const user = await ctx.em.findOne(UserEntity, { where: { email: normalised } });
    // Verify against a dummy hash for unknown emails so the answer takes as long either way.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || !user.active) {
      const [byAccount, byAddress] = [
        await failures.count(ctx, account),
        await failures.count(ctx, address),
      ];
      const accountWait = signInDelaySeconds(
        byAccount,
        rate.signInFreeFailuresPerAccount,
        rate.signInMaxDelaySecondsPerAccount,
      );
      const addressWait = signInDelaySeconds(
        byAddress,
        rate.signInFreeFailuresPerAddress,
        rate.signInMaxDelaySecondsPerAddress,
      );
      if (accountWait) await failures.hold(ctx, account, accountWait);
      if (addressWait) await failures.hold(ctx, address, addressWait);
      throw unauthenticated(INVALID_LOGIN);
    }
    await failures.forget(ctx, account);
    const token = newSecret(SESSION_TOKEN_PREFIX);
    const expiresAt = new Date(ctx.now().getTime() + this.options.sessionTtlHours * 3_600_000);
    await ctx.em.insert(SessionEntity, {
      id: newId(),
      userId: user.id,
      tokenHash: hashSecret(token),
      createdAt: ctx.now(),
      expiresAt,
      revokedAt: null,
      lastUsedAt: ctx.now(),
    });
    return { token, user, expiresAt };
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    const p = ctx.principal;
    if (p?.kind !== 'user' || !p.sessionId) return false;
    await ctx.em.update(
      SessionEntity,
      { id: p.sessionId, revokedAt: IsNull() },
      { revokedAt: ctx.now() },
    );
    const sessionId = p.sessionId;
    this.credentials.evict((c) => c.kind === 'user' && c.sessionId === sessionId);
    return true;
  }

  async currentUser(ctx: RequestContext): Promise<UserEntity | null> {
    const p = ctx.principal;
    if (p?.kind !== 'user') return null;
    return ctx.em.findOne(UserEntity, { where: { id: p.userId } });
  }

  async changePassword(ctx: RequestContext, current: string, next: string): Promise<void> {
    const user = await this.currentUser(ctx);
    if (!user || !(await verifyPassword(user.passwordHash, current))) {
      throw badInput('The current password is wrong.', 'currentPassword');
    }
    if (next.length < 10 || next.length > 200) {
      throw badInput('newPassword must be 10 to 200 characters', 'newPassword');
    }
    const passwordHash = await hashPassword(next);
    const p = ctx.principal;
    const keep = p?.kind === 'user' ? p.sessionId : undefined;
    await ctx.transaction(async (tx) => {
      await tx.em.update(UserEntity, { id: user.id }, { passwordHash, updatedAt: tx.now() });
      // Every other session of this user ends (one left signed in elsewhere, perhaps by
      // whoever knew the old password); the caller's own stays.
      await tx.em.update(
        SessionEntity,
        { userId: user.id, revokedAt: IsNull(), ...(keep ? { id: Not(keep) } : {}) },
        { revokedAt: tx.now() },
      );
    });
    this.credentials.evict(
      (c) => c.kind === 'user' && c.userId === user.id && c.sessionId !== keep,
    );
  }

  listUsers(ctx: RequestContext): Promise<UserEntity[]> {
    return ctx.em.find(UserEntity, { order: { email: 'ASC' } });
  }

  async createUser(
    ctx: RequestContext,
    input: { email: string; name: string; role: RoleName; password?: string | null },
  ): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    if (!name) throw badInput('name must not be blank', 'name');
    // Without a first password the account cannot sign in until its owner sets one through
    // a set-password link (createPasswordLink): a random one nobody knows stands in.
    const passwordHash = await hashPassword(input.password ?? randomPassword() + randomPassword());
    return ctx.transaction(async (tx) => {
      if (await tx.em.exists(UserEntity, { where: { email } })) {
        throw badInput('A user with this email already exists.', 'email');
      }
      const user = tx.em.create(UserEntity, {
        id: newId(),
        email,
        name,
        role: input.role,
        passwordHash,
        active: true,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      });
      await tx.em.insert(UserEntity, user);
      return user;
    });
  }

  async setUserActive(ctx: RequestContext, id: string, active: boolean): Promise<UserEntity> {
    const p = ctx.principal;
    if (!active && p?.kind === 'user' && p.userId === id) {
      throw badInput('You cannot deactivate your own account.', 'id');
    }
    return ctx.transaction(async (tx) => {
      const admins = await this.lockActiveAdmins(tx);
      const user = await tx.em.findOne(UserEntity, { where: { id } });
      if (!user) throw badInput(`No user with id ${id}.`, 'id');
      if (!active && user.active && user.role === 'ADMIN' && admins.length <= 1) {
        throw badInput('The last active administrator cannot be deactivated.', 'id');
      }
      if (user.active !== active) {
        await tx.em.update(UserEntity, { id }, { active, updatedAt: tx.now() });
        user.active = active;
      }
      // A deactivated user's sessions end at once, not when they expire.
      if (!active) {
        await tx.em.update(
          SessionEntity,
          { userId: id, revokedAt: IsNull() },
          { revokedAt: tx.now() },
        );
        this.credentials.evict((c) => c.kind === 'user' && c.userId === id);
      }
      return user;
    });
  }

  /**
   * Changes a staff member's role. Their sessions stay signed in and carry the new role at
   * once in this process (within AUTH_CACHE_SECONDS in others). The last active ADMIN keeps
   * the role, so the brand is never left without someone who can manage staff.
   */
  async setUserRole(ctx: RequestContext, id: string, role: RoleName): Promise<UserEntity> {
    return ctx.transaction(async (tx) => {
      const admins = await this.lockActiveAdmins(tx);
      const user = await tx.em.findOne(UserEntity, { where: { id } });
      if (!user) throw badInput(`No user with id ${id}.`, 'id');
      if (user.role === role) return user;
      if (user.role === 'ADMIN' && user.active && admins.length <= 1) {
        throw badInput(
          'The last active administrator cannot change role; make someone else an administrator first.',
          'role',
        );
      }
      await tx.em.update(UserEntity, { id }, { role, updatedAt: tx.now() });
      user.role = role;
      this.credentials.evict((c) => c.kind === 'user' && c.userId === id);
      return user;
    });
  }

  /**
   * The active ADMINs' ids, locked (MySQL) for the rest of the transaction: two
   * administrators demoting or deactivating each other at once queue here, so one of them
   * always remains. SQLite runs transactions one at a time already.
   */
  private async lockActiveAdmins(tx: RequestContext): Promise<string[]> {
    const query = tx.em
      .createQueryBuilder(UserEntity, 'u')
      .select('u.id', 'id')
      .where("u.role = 'ADMIN' AND u.active = :active", { active: true })
      .orderBy('u.id', 'ASC');
    if (tx.db.kind === 'mysql') query.setLock('pessimistic_write');
    return (await query.getRawMany<{ id: string }>()).map((r) => r.id);
  }

  /**
   * A one-time link (valid PASSWORD_LINK_TTL_HOURS) for a staff member to choose their
   * password: to invite someone created without one, or to reset a forgotten one. Their
   * earlier unused links stop working, so only the newest one sent counts.
   */
  async createPasswordLink(ctx: RequestContext, userId: string): Promise<PasswordLinkMade> {
    const token = newSecret(PASSWORD_LINK_PREFIX);
    const now = ctx.now();
    const expiresAt = new Date(now.getTime() + PASSWORD_LINK_TTL_HOURS * 3_600_000);
    return ctx.transaction(async (tx) => {
      const user = await tx.em.findOne(UserEntity, { where: { id: userId } });
      if (!user) throw badInput(`No user with id ${userId}.`, 'userId');
      if (!user.active) throw badInput('Activate the account before sending it a link.', 'userId');
      await tx.em.update(PasswordLinkEntity, { userId, endedAt: IsNull() }, { endedAt: now });
      await tx.em.insert(PasswordLinkEntity, {
        id: newId(),
        userId,
        tokenHash: hashSecret(token),
        createdBy: tx.actor,
        createdAt: now,
        expiresAt,
        endedAt: null,
      });
      const base = (this.options.publicUrl ?? '').replace(/\/+$/, '');
      const url = `${base}${PASSWORD_LINK_PAGE}?token=${encodeURIComponent(token)}`;
      return { url, token, expiresAt, user };
    });
  }

  /** Public: whose account a set-password link is for, or why it does not work. */
  async passwordLinkOffer(
    ctx: RequestContext,
    token: string,
  ): Promise<PasswordLinkOffer | InvalidLinkError> {
    const found = await this.usablePasswordLink(ctx, token);
    if (found instanceof InvalidLinkError) return found;
    return { email: found.user.email, name: found.user.name, expiresAt: found.link.expiresAt };
  }

  /**
   * Public: sets the password from a set-password link, once. Every session the person had
   * ends (whoever knew the old password is signed out); they sign in with the new one.
   */
  async setPasswordWithLink(
    ctx: RequestContext,
    token: string,
    password: string,
  ): Promise<PasswordLinkOffer | InvalidLinkError> {
    this.assertNewPassword(password);
    const found = await this.usablePasswordLink(ctx, token);
    if (found instanceof InvalidLinkError) return found;
    const passwordHash = await hashPassword(password);
    const done = await ctx.transaction(async (tx) => {
      const now = tx.now();
      // Conditional on the link still working: of two submissions at once, one sets it.
      const claimed = await tx.em
        .createQueryBuilder()
        .update(PasswordLinkEntity)
        .set({ endedAt: now })
        .where('id = :id AND endedAt IS NULL AND expiresAt > :now', { id: found.link.id, now })
        .execute();
      if (claimed.affected !== 1) return false;
      await tx.em.update(UserEntity, { id: found.user.id }, { passwordHash, updatedAt: now });
      await tx.em.update(
        SessionEntity,
        { userId: found.user.id, revokedAt: IsNull() },
        { revokedAt: now },
      );
      return true;
    });
    if (!done) return new InvalidLinkError('This link was already used; ask for a new one.');
    this.credentials.evict((c) => c.kind === 'user' && c.userId === found.user.id);
    return { email: found.user.email, name: found.user.name, expiresAt: found.link.expiresAt };
  }

  /** A new password's rule (10 to 200 characters); BAD_USER_INPUT otherwise. */
  assertNewPassword(password: string): void {
    if (password.length < 10 || password.length > 200) {
      throw badInput('The password must be 10 to 200 characters.', 'password');
    }
  }

  /** Counts one public try from a client address (30 a minute, shared across processes). */
  async throttlePasswordLinks(ctx: RequestContext, address: string): Promise<void> {
    const verdict = await this.passwordLinkTries.consume(ctx, `password-link:${address}`);
    if (!verdict.ok) {
      const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
      throw rateLimited(seconds, `Too many tries. Try again in ${seconds} s.`);
    }
  }

  private get passwordLinkTries() {
    this.linkTries ??= this.limits.sharedLimit('password-link', 30, 60);
    return this.linkTries;
  }
  private linkTries: ReturnType<RateLimitsService['sharedLimit']> | undefined;

  private async usablePasswordLink(
    ctx: RequestContext,
    token: string,
  ): Promise<{ link: PasswordLinkEntity; user: UserEntity } | InvalidLinkError> {
    const invalid = new InvalidLinkError(
      'This link does not work: check that it was copied whole, or ask for a new one.',
    );
    if (!token.startsWith(PASSWORD_LINK_PREFIX) || token.length > 100) return invalid;
    const link = await ctx.em.findOne(PasswordLinkEntity, {
      where: { tokenHash: hashSecret(token) },
    });
    if (!link) return invalid;
    if (link.endedAt) {
      return new InvalidLinkError('This link was already used or replaced; ask for a new one.');
    }
    if (link.expiresAt.getTime() <= ctx.now().getTime()) {
      return new InvalidLinkError('This link has expired; ask for a new one.');
    }
    const user = await ctx.em.findOne(UserEntity, { where: { id: link.userId } });
    if (!user?.active) return invalid;
    return { link, user };
  }

  /**
   * Takes a staff member's row as a lock for the rest of the transaction (MySQL), so one
   * person's concurrent actions that share a limit (the MANAGER daily issue total) queue.
   */
  async lockUser(tx: RequestContext, userId: string): Promise<void> {
    if (tx.db.kind === 'mysql') await tx.db.lock(tx.em, { entity: UserEntity, id: userId });
  }

  listApiKeys(ctx: RequestContext): Promise<ApiKeyEntity[]> {
    return ctx.em.find(ApiKeyEntity, { order: { createdAt: 'DESC', id: 'DESC' } });
  }

  async createApiKey(
    ctx: RequestContext,
    input: { name: string; scopes: ApiScopeName[] },
  ): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    const name = input.name.trim();
    if (!name) throw badInput('name must not be blank', 'name');
    const secret = newSecret(API_KEY_PREFIX);
    const apiKey = ctx.em.create(ApiKeyEntity, {
      id: newId(),
      name,
      prefix: secret.slice(0, 12),
      secretHash: hashSecret(secret),
      scopes: [...input.scopes].sort(),
      createdBy: ctx.actor,
      createdAt: ctx.now(),
      revokedAt: null,
      lastUsedAt: null,
    });
    await ctx.em.insert(ApiKeyEntity, apiKey);
    return { apiKey, secret };
  }

  async revokeApiKey(ctx: RequestContext, id: string): Promise<ApiKeyEntity> {
    return ctx.transaction(
      async (tx, key: ApiKeyEntity | null) => {
        if (!key) throw badInput(`No API key with id ${id}.`, 'id');
        if (!key.revokedAt) {
          key.revokedAt = tx.now();
          await tx.em.update(ApiKeyEntity, { id }, { revokedAt: key.revokedAt });
        }
        this.credentials.evict((c) => c.kind === 'apikey' && c.apiKeyId === id);
        return key;
      },
      { lockFirst: { entity: ApiKeyEntity, id } },
    );
  }

  /** The actor for people (a staff name, an API key's name, the customer, a job); batched. */
  actorLabel(ctx: RequestContext, actor: string): Promise<string> {
    return ctx.loaders
      .get('auth.actorLabel', (actors: readonly string[]) => this.actorLabels(ctx, actors))
      .load(actor);
  }

  /**
   * Human names for actors (user:<id> → the staff member's name, apikey:<id> → the key's
   * name), in the order given, batched into at most two queries.
   */
  async actorLabels(ctx: RequestContext, actors: readonly string[]): Promise<string[]> {
    const ids = (kind: string) =>
      actors.filter((a) => a.startsWith(`${kind}:`)).map((a) => a.slice(kind.length + 1));
    const userIds = ids('user');
    const keyIds = ids('apikey');
    const [users, keys] = await Promise.all([
      userIds.length ? ctx.em.find(UserEntity, { where: { id: In(userIds) } }) : [],
      keyIds.length ? ctx.em.find(ApiKeyEntity, { where: { id: In(keyIds) } }) : [],
    ]);
    const names = new Map<string, string>([
      ...users.map((u) => [`user:${u.id}`, u.name] as const),
      ...keys.map((k) => [`apikey:${k.id}`, `API key “${k.name}”`] as const),
    ]);
    return actors.map((actor) => {
      const known = names.get(actor);
      if (known) return known;
      if (actor.startsWith('system:')) return `System (${actor.slice(7)})`;
      if (actor.startsWith('customer:')) return 'The customer (Profile Portal)';
      return actor;
    });
  }

  /** On an empty database, creates the first ADMIN so someone can sign in. */
  async ensureInitialAdmin(
    ctx: RequestContext,
    { email, password }: { email: string; password: string | undefined },
    logger: Logger,
  ): Promise<void> {
    if ((await ctx.em.count(UserEntity)) > 0) return;
    const chosen = password ?? randomPassword();
    await this.createUser(ctx, { email, name: 'Administrator', role: 'ADMIN', password: chosen });
    if (password) {
      logger.info({ email }, 'created the first ADMIN from ADMIN_EMAIL / ADMIN_PASSWORD');
    } else {
      // Printed once: the only time this password is ever visible.
      logger.warn(
        { email, password: chosen },
        'created the first ADMIN with a random password; sign in and change it',
      );
    }
  }
}
