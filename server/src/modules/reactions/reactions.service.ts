import { In, QueryFailedError } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { badInput } from '../../core/errors';
import type { EventBus } from '../../core/events';
import { newId } from '../../core/ids';
import { rowsById } from '../../core/loaders';
import { ErrorResult, NotEligibleError, NotFoundError } from '../../core/results';
import * as check from '../../core/validate';
import type { DefinitionsService, RewardDefinitionRecord } from '../definitions';
import { fingerprint } from '../idempotency';
import type { ProfileRecord, ProfilesService } from '../profiles';
import type { RewardRecord, RewardsService, RewardSourceName } from '../rewards';
import type { TransactionRecorded } from '../transactions';
import {
  CustomEventEntity,
  OccurrenceEntity,
  ReactionEntity,
  ReactionEventName,
} from './reaction.entity';
import { conditionHolds, milestonesBetween, validateCondition } from './reactions.rules';

export interface ReactionRequest {
  name: string;
  event: ReactionEventName;
  customEvent?: string | null;
  condition?: unknown;
  definitionId: string;
  spendThreshold?: number | null;
  spendRepeatEvery?: number | null;
  lapsedDays?: number | null;
  claimable?: boolean | null;
  active?: boolean | null;
}

export interface EmitRequest {
  profileId: string;
  name: string;
  payload?: unknown;
  idempotencyKey: string;
}

/** One occurrence a reaction should pay for, found by an event or by the daily pass. */
export interface DueOccurrence {
  reaction: ReactionEntity;
  profile: ProfileRecord;
  /** The occurrence (birthday:2026, milestone:3, …); unique per reaction and profile. */
  key: string;
  /** What the condition sees as `event`. */
  event: Record<string, unknown>;
  causeId?: string | null;
  source: RewardSourceName;
}

export interface ReactionsDeps {
  events: EventBus;
  definitions: DefinitionsService;
  profiles: ProfilesService;
  rewards: RewardsService;
}

const SCHEDULED: ReactionEventName[] = ['BIRTHDAY', 'JOIN_ANNIVERSARY', 'LAPSED'];
const EVENT_NAME = /^[a-z0-9][a-z0-9._:-]*$/i;

function isDuplicateKey(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const e = err.driverError as { errno?: number; code?: string } | undefined;
  return e?.errno === 1062 || (e?.code ?? '').startsWith('SQLITE_CONSTRAINT');
}

/** What a condition sees of a profile. */
export function profileFacts(p: ProfileRecord): Record<string, unknown> {
  return {
    id: p.id,
    externalId: p.externalId,
    email: p.email,
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: p.birthDate,
    joinedAt: p.joinedAt.toISOString(),
    timezone: p.timezone,
    tier: p.tier,
    isStaff: p.isStaff,
    lifetimeSpend: p.lifetimeSpend,
  };
}

/**
 * Reactions: event + optional JSON Logic condition + definition. Events come from the modules
 * below (profiles, transactions), from emitEvent, from claims and from the daily pass; every
 * reward is issued through the rewards module with an occurrence key written beside it in the
 * same transaction, so each occurrence pays at most once.
 */
export class ReactionsService {
  constructor(private readonly deps: ReactionsDeps) {
    deps.events.on('profile.created', async (tx, { profile }) => {
      await this.fire(tx, 'PROFILE_CREATED', profile, 'created', { type: 'PROFILE_CREATED' });
    });
    deps.events.on('profile.updated', async (tx, { before, after }) => {
      if (!after.tier || after.tier === before.tier) return;
      await this.fire(tx, 'TIER_ACHIEVED', after, `tier:${after.tier}`, {
        type: 'TIER_ACHIEVED',
        tier: after.tier,
        previousTier: before.tier,
      });
    });
    deps.events.on('transaction.recorded', (tx, e) => this.onTransaction(tx, e));
  }

  // ------------------------------------------------------------------ reactions

  list(ctx: RequestContext): Promise<ReactionEntity[]> {
    return ctx.em.find(ReactionEntity, { order: { createdAt: 'ASC', id: 'ASC' } });
  }

  load(ctx: RequestContext, id: string): Promise<ReactionEntity> {
    return ctx.loaders
      .get(
        'reactions.byId',
        rowsById((ids) => ctx.em.find(ReactionEntity, { where: { id: In([...ids]) } }), 'reaction'),
      )
      .load(id);
  }

  /** The active reactions of the daily pass (birthdays, anniversaries, lapses). */
  scheduled(ctx: RequestContext): Promise<ReactionEntity[]> {
    return ctx.em.find(ReactionEntity, {
      where: { event: In(SCHEDULED), active: true, claimable: false },
      order: { id: 'ASC' },
    });
  }

  private async fields(ctx: RequestContext, input: ReactionRequest) {
    const event = input.event;
    const isCustom = event === 'CUSTOM';
    const isMilestone = event === 'SPEND_MILESTONE';
    const isLapse = event === 'LAPSED';
    const customEvent = check.optionalText(input.customEvent, 'customEvent', 100);
    if (isCustom && !customEvent) {
      throw badInput('A CUSTOM reaction needs the customEvent name to match.', 'customEvent');
    }
    if (customEvent && !isCustom)
      throw badInput('customEvent is for CUSTOM reactions.', 'customEvent');
    if (customEvent && !EVENT_NAME.test(customEvent)) {
      throw badInput('customEvent is letters, digits and . _ : -', 'customEvent');
    }
    if (!isMilestone && (input.spendThreshold != null || input.spendRepeatEvery != null)) {
      throw badInput(
        'spendThreshold and spendRepeatEvery are for SPEND_MILESTONE reactions.',
        input.spendThreshold != null ? 'spendThreshold' : 'spendRepeatEvery',
      );
    }
    if (isMilestone && input.spendThreshold == null) {
      throw badInput('A SPEND_MILESTONE reaction needs spendThreshold.', 'spendThreshold');
    }
    const spendThreshold =
      input.spendThreshold == null
        ? null
        : check.wholeNumber(input.spendThreshold, 'spendThreshold', 1);
    const spendRepeatEvery =
      input.spendRepeatEvery == null
        ? null
        : check.wholeNumber(input.spendRepeatEvery, 'spendRepeatEvery', 1);
    if (!isLapse && input.lapsedDays != null) {
      throw badInput('lapsedDays is for LAPSED reactions.', 'lapsedDays');
    }
    if (isLapse && input.lapsedDays == null) {
      throw badInput('A LAPSED reaction needs lapsedDays.', 'lapsedDays');
    }
    const lapsedDays =
      input.lapsedDays == null ? null : check.wholeNumber(input.lapsedDays, 'lapsedDays', 1, 3650);
    const condition = validateCondition(input.condition);
    const d = await this.deps.definitions.findDefinition(ctx, { id: input.definitionId });
    if (!d) throw badInput(`No reward definition with id ${input.definitionId}.`, 'definitionId');
    if (d.archived || !d.assignable) {
      throw badInput(
        `Definition '${d.handle}' is ${d.archived ? 'archived' : 'not assignable'}: reactions cannot issue from it.`,
        'definitionId',
      );
    }
    return {
      name: check.requiredText(input.name, 'name', 200),
      event,
      customEvent,
      condition,
      definitionId: d.id,
      spendThreshold,
      spendRepeatEvery,
      lapsedDays,
      claimable: input.claimable ?? false,
      active: input.active ?? true,
    };
  }

  async create(ctx: RequestContext, input: ReactionRequest): Promise<ReactionEntity> {
    return ctx.transaction(async (tx) => {
      const now = tx.now();
      const reaction = tx.em.create(ReactionEntity, {
        id: newId(),
        ...(await this.fields(tx, input)),
        createdAt: now,
        updatedAt: now,
      });
      await tx.em.insert(ReactionEntity, reaction);
      return reaction;
    });
  }

  async update(ctx: RequestContext, id: string, input: ReactionRequest): Promise<ReactionEntity> {
    return ctx.transaction<ReactionEntity, ReactionEntity>(
      async (tx, reaction) => {
        if (!reaction) throw badInput(`No reaction with id ${id}.`, 'id');
        Object.assign(reaction, await this.fields(tx, input), { updatedAt: tx.now() });
        await tx.em.save(reaction);
        return reaction;
      },
      { lockFirst: { entity: ReactionEntity, id } },
    );
  }

  // ------------------------------------------------------------------ paying occurrences

  /**
   * Pays the occurrences whose condition holds and that were not paid before: the rewards
   * through the rewards module, the occurrence keys beside them. The caller holds every
   * profile's lock; the unique key is the last word should anything slip past this check.
   */
  async pay(tx: RequestContext, due: DueOccurrence[]): Promise<RewardRecord[]> {
    return (await this.payEach(tx, due)).map((p) => p.reward);
  }

  /** pay(), telling which occurrence each reward paid. */
  private async payEach(
    tx: RequestContext,
    due: DueOccurrence[],
  ): Promise<{ due: DueOccurrence; reward: RewardRecord }[]> {
    if (!due.length) return [];
    const existing = await tx.em.find(OccurrenceEntity, {
      where: {
        profileId: In([...new Set(due.map((d) => d.profile.id))]),
        reactionId: In([...new Set(due.map((d) => d.reaction.id))]),
        occurrenceKey: In([...new Set(due.map((d) => d.key))]),
      },
      select: { reactionId: true, profileId: true, occurrenceKey: true },
    });
    const paid = new Set(existing.map((o) => `${o.reactionId}/${o.profileId}/${o.occurrenceKey}`));
    const definitions = new Map<string, RewardDefinitionRecord | null>();
    const open: { d: DueOccurrence; definition: RewardDefinitionRecord }[] = [];
    for (const d of due) {
      const id = `${d.reaction.id}/${d.profile.id}/${d.key}`;
      if (paid.has(id)) continue;
      paid.add(id);
      if (
        !conditionHolds(d.reaction.condition, { profile: profileFacts(d.profile), event: d.event })
      ) {
        continue;
      }
      if (!definitions.has(d.reaction.definitionId)) {
        definitions.set(
          d.reaction.definitionId,
          await this.deps.definitions.findDefinition(tx, { id: d.reaction.definitionId }),
        );
      }
      const definition = definitions.get(d.reaction.definitionId);
      if (definition && definition.assignable) open.push({ d, definition });
    }
    if (!open.length) return [];
    const rewards = await this.deps.rewards.issueAutomatic(
      tx,
      open.map(({ d, definition }) => ({
        profileId: d.profile.id,
        timezone: d.profile.timezone,
        definition,
        source: d.source,
        reason: d.reaction.name.slice(0, 500),
        meta: { reactionId: d.reaction.id, occurrence: d.key },
      })),
    );
    const rows: OccurrenceEntity[] = [];
    const issued: { due: DueOccurrence; reward: RewardRecord }[] = [];
    rewards.forEach((reward, i) => {
      if (!reward) return;
      const { d } = open[i];
      issued.push({ due: d, reward });
      rows.push(
        tx.em.create(OccurrenceEntity, {
          id: newId(),
          reactionId: d.reaction.id,
          profileId: d.profile.id,
          occurrenceKey: d.key,
          rewardId: reward.id,
          causeId: d.causeId ?? null,
          createdAt: tx.now(),
        }),
      );
    });
    for (let i = 0; i < rows.length; i += 500) {
      await tx.em
        .createQueryBuilder()
        .insert()
        .into(OccurrenceEntity)
        .values(rows.slice(i, i + 500))
        .updateEntity(false)
        .execute();
    }
    return issued;
  }

  /**
   * Pays a batch found by the daily pass: occurrences already paid (or whose condition does
   * not hold) are dropped with one read, so a pass run again locks and writes nothing; the
   * rest are paid in one transaction holding their profiles' locks. Returns what it issued.
   */
  async payDue(ctx: RequestContext, due: DueOccurrence[], job: string): Promise<DueOccurrence[]> {
    if (!due.length) return [];
    const existing = await ctx.em.find(OccurrenceEntity, {
      where: {
        profileId: In([...new Set(due.map((d) => d.profile.id))]),
        reactionId: In([...new Set(due.map((d) => d.reaction.id))]),
        occurrenceKey: In([...new Set(due.map((d) => d.key))]),
      },
      select: { reactionId: true, profileId: true, occurrenceKey: true },
    });
    const paid = new Set(existing.map((o) => `${o.reactionId}/${o.profileId}/${o.occurrenceKey}`));
    const open = due.filter(
      (d) =>
        !paid.has(`${d.reaction.id}/${d.profile.id}/${d.key}`) &&
        conditionHolds(d.reaction.condition, { profile: profileFacts(d.profile), event: d.event }),
    );
    if (!open.length) return [];
    return ctx.transaction(async (tx) => {
      await this.deps.profiles.lockMany(tx, [...new Set(open.map((d) => d.profile.id))]);
      return (await this.payEach(tx.as({ kind: 'system', job }), open)).map((p) => p.due);
    });
  }

  /** Fires one event's reactions for a profile (under its lock, in the event's transaction). */
  private async fire(
    tx: RequestContext,
    event: ReactionEventName,
    profile: ProfileRecord,
    key: string,
    data: Record<string, unknown>,
    causeId: string | null = null,
  ): Promise<RewardRecord[]> {
    const reactions = await tx.em.find(ReactionEntity, {
      where: { event, active: true, claimable: false },
    });
    if (!reactions.length) return [];
    const system = tx.as({ kind: 'system', job: 'reaction' });
    return this.pay(
      system,
      reactions.map((reaction) => ({
        reaction,
        profile,
        key,
        event: data,
        causeId,
        source: 'REACTION' as const,
      })),
    );
  }

  /**
   * A recorded transaction: TRANSACTION_CREATED reactions, then spend milestones. A purchase
   * pays each milestone it passes once; a return takes back the milestones it falls below
   * whose reward is still PENDING (and they become payable again), never an ACTIVE one.
   */
  private async onTransaction(tx: RequestContext, e: TransactionRecorded): Promise<void> {
    const { transaction, profile, spendBefore, spendAfter } = e;
    const data = {
      type: 'TRANSACTION_CREATED',
      transactionId: transaction.id,
      externalId: transaction.externalId,
      total: transaction.total,
      currency: transaction.currency,
      lifetimeSpendBefore: spendBefore,
      lifetimeSpend: spendAfter,
    };
    await this.fire(
      tx,
      'TRANSACTION_CREATED',
      profile,
      `txn:${transaction.id}`,
      data,
      transaction.id,
    );
    const milestones = await tx.em.find(ReactionEntity, {
      where: { event: 'SPEND_MILESTONE', active: true, claimable: false },
    });
    if (!milestones.length || spendBefore === spendAfter) return;
    if (spendAfter > spendBefore) {
      const due: DueOccurrence[] = [];
      for (const reaction of milestones) {
        for (const k of milestonesBetween(
          reaction.spendThreshold!,
          reaction.spendRepeatEvery,
          spendBefore,
          spendAfter,
        )) {
          due.push({
            reaction,
            profile,
            key: `milestone:${k}`,
            event: { ...data, type: 'SPEND_MILESTONE', milestone: k },
            causeId: transaction.id,
            source: 'SPEND_MILESTONE',
          });
        }
      }
      await this.pay(tx.as({ kind: 'system', job: 'milestone' }), due);
      return;
    }
    const clawback = tx.as({ kind: 'system', job: 'clawback' });
    for (const reaction of milestones) {
      const fallen = milestonesBetween(
        reaction.spendThreshold!,
        reaction.spendRepeatEvery,
        spendAfter,
        spendBefore,
      );
      if (!fallen.length) continue;
      const paid = await tx.em.find(OccurrenceEntity, {
        where: {
          reactionId: reaction.id,
          profileId: profile.id,
          occurrenceKey: In(fallen.map((k) => `milestone:${k}`)),
        },
      });
      for (const occurrence of paid) {
        const reason = `Returned in transaction ${transaction.externalId}`;
        if (await this.deps.rewards.clawBack(clawback, occurrence.rewardId, reason)) {
          // The milestone is payable again should spend pass it later.
          await tx.em.delete(OccurrenceEntity, { id: occurrence.id });
        }
      }
    }
  }

  /** The rewards a transaction or an event caused. */
  async rewardsCausedBy(ctx: RequestContext, causeId: string): Promise<RewardRecord[]> {
    const rows = await ctx.em.find(OccurrenceEntity, {
      where: { causeId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return Promise.all(rows.map((o) => this.deps.rewards.load(ctx, o.rewardId)));
  }

  // ------------------------------------------------------------------ custom events

  async emit(ctx: RequestContext, input: EmitRequest): Promise<RewardRecord[]> {
    const name = check.requiredText(input.name, 'name', 100);
    if (!EVENT_NAME.test(name)) throw badInput('name is letters, digits and . _ : -', 'name');
    const key = check.idempotencyKey(input.idempotencyKey);
    const payload =
      input.payload == null
        ? null
        : check.boundedJsonObject(input.payload, 'payload', { maxDepth: 10, maxBytes: 4_096 });
    const scope = ctx.actor;
    const print = fingerprint('emitEvent', { profileId: input.profileId, name, payload });
    const attempt = () =>
      this.deps.profiles.underLock(ctx, input.profileId, async (tx, profile) => {
        const seen = await tx.em.findOneBy(CustomEventEntity, { scope, idempotencyKey: key });
        if (seen) {
          if (seen.fingerprint !== print) {
            throw badInput(
              `idempotencyKey '${key}' was already used with a different event.`,
              'idempotencyKey',
            );
          }
          return this.rewardsCausedBy(tx, seen.id);
        }
        if (!profile) throw badInput(`No profile with id ${input.profileId}.`, 'profileId');
        const event = tx.em.create(CustomEventEntity, {
          id: newId(),
          scope,
          idempotencyKey: key,
          profileId: profile.id,
          name,
          fingerprint: print,
          createdAt: tx.now(),
        });
        await tx.em.insert(CustomEventEntity, event);
        const reactions = await tx.em.find(ReactionEntity, {
          where: { event: 'CUSTOM', customEvent: name, active: true, claimable: false },
        });
        return this.pay(
          tx.as({ kind: 'system', job: 'event' }),
          reactions.map((reaction) => ({
            reaction,
            profile,
            key: `event:${event.id}`,
            event: { type: 'CUSTOM', name, payload },
            causeId: event.id,
            source: 'EVENT' as const,
          })),
        );
      });
    try {
      return await attempt();
    } catch (err) {
      if (!isDuplicateKey(err) || ctx.inTransaction) throw err;
      return attempt();
    }
  }

  // ------------------------------------------------------------------ claims

  /** The claimable reactions whose condition holds for the profile now and it has not claimed. */
  async claimable(ctx: RequestContext, profileId: string): Promise<ReactionEntity[]> {
    const profile = await this.deps.profiles.find(ctx, { id: profileId });
    if (!profile) throw badInput(`No profile with id ${profileId}.`, 'profileId');
    const reactions = await ctx.em.find(ReactionEntity, {
      where: { claimable: true, active: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (!reactions.length) return [];
    const claimed = new Set(
      (
        await ctx.em.find(OccurrenceEntity, {
          where: { profileId, occurrenceKey: 'claim', reactionId: In(reactions.map((r) => r.id)) },
          select: { reactionId: true },
        })
      ).map((o) => o.reactionId),
    );
    const data = { profile: profileFacts(profile), event: { type: 'CLAIM' } };
    return reactions.filter((r) => !claimed.has(r.id) && conditionHolds(r.condition, data));
  }

  async claim(
    ctx: RequestContext,
    input: { profileId: string; reactionId: string },
  ): Promise<RewardRecord | ErrorResult> {
    return this.deps.profiles.underLock<RewardRecord | ErrorResult>(
      ctx,
      input.profileId,
      async (tx, profile) => {
        if (!profile) return new NotFoundError('No such profile.');
        const reaction = await tx.em.findOneBy(ReactionEntity, { id: input.reactionId });
        if (!reaction || !reaction.claimable || !reaction.active) {
          return new NotFoundError('No such claimable reaction.');
        }
        const claimed = await tx.em.exists(OccurrenceEntity, {
          where: { reactionId: reaction.id, profileId: profile.id, occurrenceKey: 'claim' },
        });
        if (claimed) return new NotEligibleError('This profile has already claimed it.');
        const data = { profile: profileFacts(profile), event: { type: 'CLAIM' } };
        if (!conditionHolds(reaction.condition, data)) {
          return new NotEligibleError('The profile does not meet the condition.');
        }
        const [reward] = await this.pay(tx.as({ kind: 'system', job: 'claim' }), [
          { reaction, profile, key: 'claim', event: { type: 'CLAIM' }, source: 'CLAIM' },
        ]);
        return reward ?? new NotEligibleError('Its reward definition can no longer issue.');
      },
    );
  }
}
