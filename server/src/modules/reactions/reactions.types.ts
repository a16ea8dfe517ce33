import { GraphQLJSON } from 'graphql-scalars';
import {
  createUnionType,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { read, Readable } from '../../core/access';
import { NotEligibleError, NotFoundError } from '../../core/results';
import { Reward } from '../rewards';
import type { ReactionEntity } from './reaction.entity';

export enum ReactionEvent {
  PROFILE_CREATED = 'PROFILE_CREATED',
  BIRTHDAY = 'BIRTHDAY',
  JOIN_ANNIVERSARY = 'JOIN_ANNIVERSARY',
  TIER_ACHIEVED = 'TIER_ACHIEVED',
  SPEND_MILESTONE = 'SPEND_MILESTONE',
  TRANSACTION_CREATED = 'TRANSACTION_CREATED',
  LAPSED = 'LAPSED',
  CUSTOM = 'CUSTOM',
}
registerEnumType(ReactionEvent, {
  name: 'ReactionEvent',
  description: 'What a reaction reacts to.',
  valuesConfig: {
    PROFILE_CREATED: { description: 'A profile was created (once per profile).' },
    BIRTHDAY: {
      description: "The daily pass, in the profile's local birth month (once per profile a year).",
    },
    JOIN_ANNIVERSARY: {
      description: 'The daily pass, on the local anniversary of joinedAt (missed days caught up).',
    },
    TIER_ACHIEVED: { description: "A profile's tier changed to a value (once per tier)." },
    SPEND_MILESTONE: {
      description: 'Lifetime spend passed spendThreshold, then every spendRepeatEvery above it.',
    },
    TRANSACTION_CREATED: { description: 'A transaction was recorded (once per transaction).' },
    LAPSED: { description: 'The daily pass: lapsedDays without a transaction (once per lapse).' },
    CUSTOM: { description: 'emitEvent with the name in customEvent (once per event).' },
  },
});

// Reactions are the brand's rules, not personal data: whoever may call a field that answers
// one may read it.
@Readable({ default: read.anyone })
@ObjectType({
  description: 'A rule that issues a reward when an event happens (and its condition holds).',
})
export class Reaction {
  @Field(() => ID, { description: 'The reaction id.' })
  id: string;

  @Field(() => String, { description: 'Shown to staff; also the reason on the rewards it issues.' })
  name: string;

  @Field(() => ReactionEvent, { description: 'What it reacts to.' })
  event: ReactionEvent;

  @Field(() => String, {
    nullable: true,
    description: 'For CUSTOM events: the event name to match.',
  })
  customEvent: string | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'JSON Logic over { profile, event }; null means always.',
  })
  condition: unknown;

  definitionId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'SPEND_MILESTONE: lifetime spend (cents) that triggers it.',
  })
  spendThreshold: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'SPEND_MILESTONE: repeat every this many cents above the threshold; null for once.',
  })
  spendRepeatEvery: number | null;

  @Field(() => Int, { nullable: true, description: 'LAPSED: days without a transaction.' })
  lapsedDays: number | null;

  @Field(() => Boolean, {
    description:
      'Customers may claim it themselves when the condition holds (once per profile); a claimable reaction is paid by claims only, not by its event.',
  })
  claimable: boolean;

  @Field(() => Boolean, { description: 'A paused reaction issues nothing.' })
  active: boolean;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  static from(this: void, e: ReactionEntity): Reaction {
    return Object.assign(new Reaction(), {
      id: e.id,
      name: e.name,
      event: e.event as ReactionEvent,
      customEvent: e.customEvent,
      condition: e.condition,
      definitionId: e.definitionId,
      spendThreshold: e.spendThreshold,
      spendRepeatEvery: e.spendRepeatEvery,
      lapsedDays: e.lapsedDays,
      claimable: e.claimable,
      active: e.active,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}

@InputType({ description: 'A reaction as saved; the condition is validated when saved.' })
export class ReactionInput {
  @Field(() => String, { description: 'Up to 200 characters.' })
  name: string;

  @Field(() => ReactionEvent, { description: 'What it reacts to.' })
  event: ReactionEvent;

  @Field(() => String, {
    nullable: true,
    description: 'CUSTOM only, and required there: the event name emitEvent sends.',
  })
  customEvent?: string | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'JSON Logic over { profile, event } (e.g. {"==": [{"var": "profile.tier"}, "gold"]}); unknown operators are refused.',
  })
  condition?: unknown;

  @Field(() => ID, { description: 'An assignable, unarchived definition to issue from.' })
  definitionId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'SPEND_MILESTONE only, and required there: cents, at least 1.',
  })
  spendThreshold?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'SPEND_MILESTONE only: repeat every this many cents (at least 1); null for once.',
  })
  spendRepeatEvery?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'LAPSED only, and required there: days without a transaction (1 to 3650).',
  })
  lapsedDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  claimable?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  active?: boolean | null;
}

@InputType({ description: 'A custom event for one profile (CUSTOM reactions match its name).' })
export class EmitEventInput {
  @Field(() => ID, { description: 'The profile it happened to.' })
  profileId: string;

  @Field(() => String, { description: 'Event name, e.g. referral.completed.' })
  name: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'A JSON object conditions see as event.payload (at most 4 KB).',
  })
  payload?: unknown;

  @Field(() => String, {
    description:
      'Per caller: the same key and event answers the first result; another event with it is BAD_USER_INPUT.',
  })
  idempotencyKey: string;
}

// The rewards are handed on granted: the caller that emitted the event reads what it caused.
@Readable({ default: read.anyone })
@ObjectType({ description: 'What an emitted event caused.' })
export class EmitEventPayload {
  @Field(() => [Reward], { description: 'Rewards the event issued (none when nothing matched).' })
  rewardsIssued: Reward[];
}

@InputType({ description: 'A claim of a claimable reaction for a profile.' })
export class ClaimRewardInput {
  @Field(() => ID, { description: 'The profile claiming.' })
  profileId: string;

  @Field(() => ID, { description: 'The claimable reaction.' })
  reactionId: string;
}

export const ClaimRewardResult = createUnionType({
  name: 'ClaimRewardResult',
  description: 'The reward claimed, or why not.',
  types: () => [Reward, NotEligibleError, NotFoundError] as const,
});
