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
registerEnumType(ExpiryUnit, { name: 'ExpiryUnit', description: 'Unit of a relative expiry.' });

@ObjectType({
  description: 'A brand-configurable group of rewards, for reporting and extension policy.',
})
export class RewardType {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    description:
      'Stable key, e.g. member-activation, birthday, spend, join-anniversary, campaign, customer-service, re-activation, staff.',
  })
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Boolean, {
    description: 'Customers may extend rewards of this type through a Profile Portal link.',
  })
  extensionEnabled: boolean;

  @Field(() => Int, { description: 'Days an extension adds.' })
  extensionDays: number;

  @Field(() => Boolean)
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

@InputType()
export class RewardTypeInput {
  @Field(() => String, { description: 'Lower-case words joined by hyphens; cannot change later.' })
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean)
  extensionEnabled: boolean;

  @Field(() => Int)
  extensionDays: number;
}

@ObjectType({ description: 'The template a reward is issued from.' })
export class RewardDefinition {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Unique, URL-safe; used for lookups and deduplication.' })
  handle: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
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

  @Field(() => ExpiryUnit, { nullable: true })
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

  @Field(() => Boolean)
  archived: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
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

@InputType()
export class RewardDefinitionInput {
  @Field(() => String, { description: 'Lower-case letters, digits, hyphens and underscores.' })
  handle: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID)
  typeId: string;

  @Field(() => Int, { description: 'Cents.' })
  value: number;

  @Field(() => String, { nullable: true, description: "ISO 4217; default: the brand's." })
  currency?: string | null;

  @Field(() => Int, { nullable: true })
  expiryPeriod?: number | null;

  @Field(() => ExpiryUnit, { nullable: true })
  expiryUnit?: ExpiryUnit | null;

  @Field(() => Date, { nullable: true })
  absoluteExpiry?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  assignable?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  published?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days its rewards stay PENDING after issue (1 to 365); null for at once.',
  })
  activationDelayDays?: number | null;
}
