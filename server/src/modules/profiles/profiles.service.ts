import { Brackets, In } from 'typeorm';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../core/errors';
import { paginate } from '../../core/connections';
import { newId } from '../../core/ids';
import type { RequestContext } from '../../core/context';
import * as check from '../../core/validate';
import type { EventBus } from '../../core/events';
import { rowsById } from '../../core/loaders';
import type { LockFirst, Rollback } from '../../db/database';
import { hydrate, PreparedStatement } from '../../db/prepared';
import type { SettingsService } from '../settings';
import { ProfileEntity } from './profile.entity';
import type { ProfileInput, UpdateProfileInput } from './profiles.types';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function email(value: string | null | undefined): string | null {
  const text = check.optionalText(value, 'email', 254);
  if (text && !EMAIL.test(text)) throw badInput(`email '${text}' is not an email address`, 'email');
  return text?.toLowerCase() ?? null;
}

function birthDate(value: string | null | undefined, today: Date): string | null {
  const text = check.optionalText(value, 'birthDate', 10);
  if (!text) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !date || date.getUTCDate() !== +m[3] || date.getUTCMonth() !== +m[2] - 1) {
    throw badInput('birthDate must be a real date written YYYY-MM-DD', 'birthDate');
  }
  if (date.getTime() > today.getTime() || +m[1] < 1900) {
    throw badInput('birthDate must be between 1900 and today', 'birthDate');
  }
  return text;
}

function searchText(p: Pick<ProfileEntity, 'externalId' | 'email' | 'firstName' | 'lastName'>) {
  return [p.firstName, p.lastName, p.email, p.externalId]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
    .slice(0, 600);
}

declare module '../../core/events' {
  interface DomainEvents {
    /** A profile was created (in its creating transaction). */
    'profile.created': { profile: ProfileEntity };
    /** A profile changed: its fields before and after (under its lock). */
    'profile.updated': { before: ProfileEntity; after: ProfileEntity };
  }
}

/**
 * What a higher module reads together with a profile, in the profile's own statement: it
 * joins a derived table filtered by the profile's id and hands the rows to its per-request
 * loader, so the fields that need them cost no statement of their own.
 */
export interface ProfileCompanion {
  /** The Profile fields whose resolvers use what it reads. */
  fields: readonly string[];
  /**
   * Adds joins and selects to the profile query; `idSql` is the profile's id as SQL. Built
   * once and reused (a prepared statement), so it binds values only by name, through `params`.
   */
  join(query: SelectQueryBuilder<ProfileEntity>, idSql: string): void;
  /** The values of the parameters `join` names, for this request. */
  params(ctx: RequestContext): ObjectLiteral;
  /** Receives the query's raw rows for the profile found. */
  prime(ctx: RequestContext, profileId: string, raw: Record<string, unknown>[]): void;
}

/** Customer profiles. */
export class ProfilesService {
  private readonly companions: ProfileCompanion[] = [];
  // The profile query with each set of companions, built once (see `find`).
  private readonly finds = new Map<string, PreparedStatement>();

  constructor(private readonly deps: { settings: SettingsService; events: EventBus }) {}

  /** Registers what a higher module reads with a profile (at start-up). */
  addCompanion(companion: ProfileCompanion): void {
    this.companions.push(companion);
  }

  /** A profile by id, batched per request. */
  load(ctx: RequestContext, id: string): Promise<ProfileEntity> {
    return ctx.loaders
      .get(
        'profiles.byId',
        rowsById((ids) => ctx.em.find(ProfileEntity, { where: { id: In([...ids]) } }), 'profile'),
      )
      .load(id);
  }

  /** The lock every writer on a profile's rewards takes first (one lock order everywhere). */
  lock(profileId: string): LockFirst<ProfileEntity> {
    return { entity: ProfileEntity, id: profileId };
  }

  /** Runs work in a transaction holding the profile's lock; the profile is null if unknown. */
  underLock<T>(
    ctx: RequestContext,
    profileId: string,
    work: (tx: RequestContext, profile: ProfileEntity | null) => Promise<T | Rollback<T>>,
  ): Promise<T> {
    return ctx.transaction<T, ProfileEntity>(work, { lockFirst: this.lock(profileId) });
  }

  /** Profile ids by the brand's external ids (for bulk work); unknown ones are absent. */
  async idsByExternalId(ctx: RequestContext, externalIds: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < externalIds.length; i += 1000) {
      const rows = await ctx.em.find(ProfileEntity, {
        where: { externalId: In(externalIds.slice(i, i + 1000)) },
        select: { id: true, externalId: true },
      });
      for (const r of rows) out.set(r.externalId, r.id);
    }
    return out;
  }

  /** Locks several profiles in one statement, in id order (the one lock order), in `tx`. */
  lockMany(tx: RequestContext, ids: string[]): Promise<ProfileEntity[]> {
    const query = tx.em
      .createQueryBuilder(ProfileEntity, 'p')
      .where('p.id IN (:...ids)', { ids: ids.length ? ids : [''] })
      .orderBy('p.id', 'ASC');
    if (tx.db.kind === 'mysql') query.setLock('pessimistic_write');
    return query.getMany();
  }

  /** A page of profiles in id order after `afterId`, for set-based passes over everyone. */
  page(ctx: RequestContext, afterId: string, limit: number): Promise<ProfileEntity[]> {
    return ctx.em
      .createQueryBuilder(ProfileEntity, 'p')
      .where('p.id > :afterId', { afterId })
      .orderBy('p.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /**
   * Adds to (or, for a return, takes from) a profile's lifetime spend; the caller holds the
   * profile's lock. Returns the spend before and after.
   */
  async addSpend(
    tx: RequestContext,
    profile: ProfileEntity,
    delta: number,
  ): Promise<{ before: number; after: number }> {
    const before = profile.lifetimeSpend;
    const after = before + delta;
    await tx.em.update(ProfileEntity, { id: profile.id }, { lifetimeSpend: after });
    profile.lifetimeSpend = after;
    return { before, after };
  }

  /** Whether a profile exists. */
  exists(ctx: RequestContext, id: string): Promise<boolean> {
    return ctx.em.exists(ProfileEntity, { where: { id } });
  }

  /** Resolves a profile by id or by the brand's external id to its id; null if unknown. */
  async idOf(ctx: RequestContext, by: { id?: string | null; externalId?: string | null }) {
    const found = await ctx.em.findOne(ProfileEntity, {
      where: by.id ? { id: by.id } : { externalId: (by.externalId ?? '').trim() },
      select: { id: true },
    });
    return found?.id ?? null;
  }

  /**
   * One profile by id or external id. `wanted` names the Profile fields the caller will
   * resolve; companions reading for them ride along in the same statement.
   */
  async find(
    ctx: RequestContext,
    by: { id?: string | null; externalId?: string | null },
    wanted: ReadonlySet<string> = new Set(),
  ): Promise<ProfileEntity | null> {
    if (!by.id === !by.externalId) throw badInput('Give exactly one of id or externalId.');
    const riders = this.companions.filter((c) => c.fields.some((f) => wanted.has(f)));
    if (!riders.length) {
      return ctx.em.findOne(ProfileEntity, {
        where: by.id ? { id: by.id } : { externalId: by.externalId!.trim() },
      });
    }
    // `profile(id) { balance }` is a storefront's hottest read: its statement is prepared.
    const shape = `${by.id ? 'id' : 'externalId'}:${riders.map((r) => this.companions.indexOf(r)).join(',')}`;
    let statement = this.finds.get(shape);
    if (!statement) {
      statement = new PreparedStatement((em) => {
        const query = em.createQueryBuilder(ProfileEntity, 'p');
        query.where(by.id ? 'p.id = :profileId' : 'p.externalId = :externalId');
        const idSql = by.id
          ? ':profileId'
          : '(SELECT pe.id FROM profiles pe WHERE pe.externalId = :externalId)';
        for (const rider of riders) rider.join(query, idSql);
        return query.getQuery();
      });
      this.finds.set(shape, statement);
    }
    const values: ObjectLiteral = by.id
      ? { profileId: by.id }
      : { externalId: by.externalId!.trim() };
    for (const rider of riders) Object.assign(values, rider.params(ctx));
    const raw = await statement.run(ctx.em, values);
    if (!raw.length) return null;
    const profile = hydrate(ctx.em, ProfileEntity, raw[0], 'p_');
    for (const rider of riders) rider.prime(ctx, profile.id, raw);
    return profile;
  }

  async search(
    ctx: RequestContext,
    search: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    const query = ctx.em.createQueryBuilder(ProfileEntity, 'p');
    // A search is a few words; long patterns only make LIKE slow (or too complex for SQLite).
    const term = check.optionalText(search, 'search', 200)?.toLowerCase();
    if (term) {
      // An exact external id or email is the common look-up at a till; the rest is a
      // contains-search over names, email and external id.
      // '!' escapes LIKE's wildcards the same way on MySQL and SQLite.
      const like = `%${term.replace(/[!%_]/g, (c) => `!${c}`)}%`;
      query.where(
        new Brackets((w) =>
          w
            .where('p.externalId = :exact', { exact: search!.trim() })
            .orWhere('p.email = :term', { term })
            .orWhere("p.searchText LIKE :like ESCAPE '!'", { like }),
        ),
      );
    }
    return paginate(query, 'p', first, after);
  }

  async create(ctx: RequestContext, input: ProfileInput): Promise<ProfileEntity> {
    const now = ctx.now();
    const externalId = check.requiredText(input.externalId, 'externalId', 100);
    const joinedAt = input.joinedAt ?? now;
    if (joinedAt.getTime() > now.getTime())
      throw badInput('joinedAt cannot be in the future', 'joinedAt');
    const fields = {
      externalId,
      email: email(input.email),
      firstName: check.optionalText(input.firstName, 'firstName', 100),
      lastName: check.optionalText(input.lastName, 'lastName', 100),
      birthDate: birthDate(input.birthDate, now),
      tier: check.optionalText(input.tier, 'tier', 64),
      isStaff: input.isStaff ?? false,
      joinedAt,
    };
    return ctx.transaction(async (tx) => {
      const timezone = input.timezone
        ? check.timeZone(input.timezone)
        : (await this.deps.settings.get(tx)).defaultTimezone;
      if (await tx.em.exists(ProfileEntity, { where: { externalId } })) {
        throw badInput(`A profile with externalId '${externalId}' already exists.`, 'externalId');
      }
      const profile = tx.em.create(ProfileEntity, {
        id: newId(),
        ...fields,
        timezone,
        lifetimeSpend: 0,
        searchText: searchText(fields),
        createdAt: now,
        updatedAt: now,
      });
      await tx.em.insert(ProfileEntity, profile);
      await this.deps.events.publish(tx, 'profile.created', { profile });
      return profile;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateProfileInput): Promise<ProfileEntity> {
    const now = ctx.now();
    const changes: Partial<ProfileEntity> = {};
    if (input.email !== undefined) changes.email = email(input.email);
    if (input.firstName !== undefined) {
      changes.firstName = check.optionalText(input.firstName, 'firstName', 100);
    }
    if (input.lastName !== undefined) {
      changes.lastName = check.optionalText(input.lastName, 'lastName', 100);
    }
    if (input.birthDate !== undefined) changes.birthDate = birthDate(input.birthDate, now);
    if (input.tier !== undefined) changes.tier = check.optionalText(input.tier, 'tier', 64);
    if (input.timezone !== undefined) {
      if (input.timezone === null) throw badInput('timezone cannot be cleared', 'timezone');
      changes.timezone = check.timeZone(input.timezone);
    }
    if (input.isStaff !== undefined) {
      if (input.isStaff === null) throw badInput('isStaff cannot be null', 'isStaff');
      changes.isStaff = input.isStaff;
    }
    return ctx.transaction(
      async (tx, profile: ProfileEntity | null) => {
        if (!profile) throw badInput(`No profile with id ${id}.`, 'id');
        const before = { ...profile };
        Object.assign(profile, changes, { updatedAt: now });
        profile.searchText = searchText(profile);
        await tx.em.update(
          ProfileEntity,
          { id },
          { ...changes, searchText: profile.searchText, updatedAt: now },
        );
        await this.deps.events.publish(tx, 'profile.updated', { before, after: profile });
        return profile;
      },
      { lockFirst: { entity: ProfileEntity, id } },
    );
  }
}
