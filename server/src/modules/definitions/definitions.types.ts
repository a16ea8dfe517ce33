import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../core/money';
import type { RewardDefinitionEntity } from './reward-definition.entity';
import type { RewardTypeEntity } from './reward-type.entity';

export enum ExpiryUnit {
  DAYS = 'DAYS',
  WEEKS = 'WEEKS',
  MONTHS = 'MONTHS',
  YEARS = 'YEARS',
}
registerEnumType(ExpiryUnit, {
  name: 'ExpiryUnit',
  description:
    "Unit of a relative expiry, counted in the reward's local calendar from the issue date; the reward ends at the end of that local day.",
  valuesConfig: {
    DAYS: { description: 'Calendar days.' },
    WEEKS: { description: 'Weeks of seven days.' },
    MONTHS: {
      description:
        "Calendar months, clamped to the month's last day (Jan 31 + 1 month = Feb 28 or 29).",
    },
    YEARS: { description: 'Calendar years (Feb 29 + 1 year = Feb 28).' },
  },
});

@ObjectType({
  description: 'A brand-configurable group of rewards, for reporting and extension policy.',
})
export class RewardType {
  @Field(() => ID, { description: 'The reward type id.' })
  id: string;

  @Field(() => String, {
    description:
      'Stable key, e.g. member-activation, birthday, spend, join-anniversary, campaign, customer-service, re-activation, staff.',
  })
  key: string;

  @Field(() => String, { description: 'Display name, e.g. Birthday.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Notes for staff; null if none.' })
  description: string | null;

  @Field(() => Boolean, {
    description: 'Customers may extend rewards of this type through a Profile Portal link.',
  })
  extensionEnabled: boolean;

  @Field(() => Int, { description: 'Days an extension adds.' })
  extensionDays: number;

  @Field(() => Boolean, {
    description: 'Archived types take no new definitions; their rewards are untouched.',
  })
  archived: boolean;

  static from(this: void, e: RewardTypeEntity): RewardType {
    return Object.assign(new RewardType(), {
      id: e.id,
      key: e.key,
      name: e.name,
      description: e.description,
      extensionEnabled: e.extensionEnabled,
      extensionDays: e.extensionDays,
      archived: e.archived,
    });
  }
}

@InputType({ description: 'A reward type: its key, name and extension policy.' })
export class RewardTypeInput {
  @Field(() => String, {
    description:
      'Lower-case words joined by hyphens, at most 64 characters; unique. It cannot change: on update, give the current key.',
  })
  key: string;

  @Field(() => String, { description: 'Display name, 1 to 120 characters.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Notes for staff, at most 1000 characters.' })
  description?: string | null;

  @Field(() => Boolean, {
    description: 'Customers may extend rewards of this type through a Profile Portal link.',
  })
  extensionEnabled: boolean;

  @Field(() => Int, {
    description: 'Days an extension adds, 0 to 3650 (at least 1 when extensions are enabled).',
  })
  extensionDays: number;
}

@ObjectType({ description: 'The template a reward is issued from.' })
export class RewardDefinition {
  @Field(() => ID, { description: 'The definition id.' })
  id: string;

  @Field(() => String, { description: 'Unique, URL-safe; used for lookups and deduplication.' })
  handle: string;

  @Field(() => String, { description: 'Display name, e.g. $10 birthday reward.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Longer text for frontends; null if none.' })
  description: string | null;

  /** Resolved by a field resolver (batched). */
  typeId: string;

  @Field(() => Money, { description: 'Default value of each reward issued from this definition.' })
  value: Money;

  @Field(() => Int, {
    nullable: true,
    description:
      'Valid for this many units after issue, ending at the end of the local day. Null when absoluteExpiry is set.',
  })
  expiryPeriod: number | null;

  @Field(() => ExpiryUnit, {
    nullable: true,
    description: 'Unit of expiryPeriod; null when absoluteExpiry is set.',
  })
  expiryUnit: ExpiryUnit | null;

  @Field(() => Date, {
    nullable: true,
    description: 'A fixed expiry for every reward of this definition (e.g. a campaign end).',
  })
  absoluteExpiry: Date | null;

  @Field(() => Boolean, {
    description: 'Whether automatic issuance (reactions, milestones, schedules) may use it.',
  })
  assignable: boolean;

  @Field(() => Boolean, { description: 'Visible to customers in frontends.' })
  published: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Rewards issued from it start PENDING and become usable this many days later (a return window in which a refund can claw them back); null for at once.',
  })
  activationDelayDays: number | null;

  @Field(() => Boolean, {
    description: 'Archived definitions cannot issue or change; issued rewards are untouched.',
  })
  archived: boolean;

  @Field(() => Date, { description: 'When the definition was created.' })
  createdAt: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  static from(this: void, e: RewardDefinitionEntity): RewardDefinition {
    return Object.assign(new RewardDefinition(), {
      id: e.id,
      handle: e.handle,
      name: e.name,
      description: e.description,
      typeId: e.typeId,
      value: Money.of(e.value, e.currency),
      expiryPeriod: e.expiryPeriod,
      expiryUnit: e.expiryUnit as ExpiryUnit | null,
      absoluteExpiry: e.absoluteExpiry,
      assignable: e.assignable,
      published: e.published,
      activationDelayDays: e.activationDelayDays ?? null,
      archived: e.archived,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}

@InputType({
  description:
    'A reward definition. Give either expiryPeriod with expiryUnit, or absoluteExpiry. On update every field is given again.',
})
export class RewardDefinitionInput {
  @Field(() => String, {
    description:
      'Lower-case letters, digits, hyphens and underscores, at most 100 characters; unique.',
  })
  handle: string;

  @Field(() => String, { description: 'Display name, 1 to 200 characters.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Longer text for frontends, at most 2000 characters.',
  })
  description?: string | null;

  @Field(() => ID, { description: 'The reward type (not archived).' })
  typeId: string;

  @Field(() => Int, {
    description: 'Value of each reward, in cents (minor units of currency): 1 to 2147483647.',
  })
  value: number;

  @Field(() => String, { nullable: true, description: "ISO 4217; default: the brand's." })
  currency?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many expiryUnits a reward lasts: from 1 to 3660 days, 522 weeks, 120 months or 10 years.',
  })
  expiryPeriod?: number | null;

  @Field(() => ExpiryUnit, { nullable: true, description: 'Unit of expiryPeriod.' })
  expiryUnit?: ExpiryUnit | null;

  @Field(() => Date, {
    nullable: true,
    description: 'A fixed expiry for every reward (e.g. a campaign end); must be in the future.',
  })
  absoluteExpiry?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether automatic issuance may use it. Default true on create; left out on update, it stays.',
  })
  assignable?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Visible to customers in frontends. Default false on create; left out on update, it stays.',
  })
  published?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days its rewards stay PENDING after issue (1 to 365); null for at once.',
  })
  activationDelayDays?: number | null;
}
