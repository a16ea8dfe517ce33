import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { SettingsEntity } from './settings.entity';

@ObjectType({ description: 'Brand-wide rules for redemption and issuance.' })
export class Settings {
  @Field(() => String, {
    description:
      'ISO 4217 code used where none is named: new definitions, redemptions, holds, balances and lifetime spend.',
  })
  defaultCurrency: string;

  @Field(() => String, {
    description:
      "IANA zone for profiles created without one, and the brand's local day (MANAGER daily limits).",
  })
  defaultTimezone: string;

  @Field(() => [String], {
    description: 'Line categories rewards can never pay for (e.g. gift-card, shipping).',
  })
  excludedCategories: string[];

  @Field(() => Int, {
    description: 'Minimum eligible subtotal (cents) before rewards may be used; 0 for none.',
  })
  minimumSpend: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Most a single redemption may take, as percent of the eligible subtotal; null for no cap.',
  })
  maxRedemptionPercent: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Most a single redemption may take, in cents; null for no cap.',
  })
  maxRedemptionAmount: number | null;

  @Field(() => Int, {
    description: 'How long after a redemption it may be reversed in full, in minutes.',
  })
  reversalWindowMinutes: number;

  @Field(() => Int, {
    description:
      'When a return restores value to a reward that has expired meanwhile, the restored value lives this many more days.',
  })
  returnGraceDays: number;

  @Field(() => Int, {
    description: 'Largest single manual issue a MANAGER may make (cents); ADMIN is not limited.',
  })
  managerIssueLimit: number;

  @Field(() => Int, {
    description:
      "Largest total a MANAGER may issue manually per day (cents), counted over the brand's local day.",
  })
  managerDailyIssueLimit: number;

  @Field(() => Int, {
    description: 'How long a hold stays active unless captured or released, in seconds.',
  })
  holdTtlSeconds: number;

  static from(this: void, e: SettingsEntity): Settings {
    return Object.assign(new Settings(), {
      defaultCurrency: e.defaultCurrency,
      defaultTimezone: e.defaultTimezone,
      excludedCategories: e.excludedCategories,
      minimumSpend: e.minimumSpend,
      maxRedemptionPercent: e.maxRedemptionPercent,
      maxRedemptionAmount: e.maxRedemptionAmount,
      reversalWindowMinutes: e.reversalWindowMinutes,
      returnGraceDays: e.returnGraceDays,
      managerIssueLimit: e.managerIssueLimit,
      managerDailyIssueLimit: e.managerDailyIssueLimit,
      holdTtlSeconds: e.holdTtlSeconds,
    });
  }
}

@InputType({ description: 'Only the fields given change; null clears an optional cap.' })
export class SettingsInput {
  @Field(() => String, { nullable: true, description: 'ISO 4217 code, e.g. AUD.' })
  defaultCurrency?: string;

  @Field(() => String, { nullable: true, description: 'IANA zone, e.g. Australia/Sydney.' })
  defaultTimezone?: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'Replaces the list: at most 100 categories of 1 to 64 characters, compared in lower case.',
  })
  excludedCategories?: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Minimum eligible subtotal in cents, 0 or more; cannot be null.',
  })
  minimumSpend?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Cap as percent of the eligible subtotal, 1 to 100; null removes the cap.',
  })
  maxRedemptionPercent?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Cap in cents, 1 or more; null removes the cap.',
  })
  maxRedemptionAmount?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes a redemption may be reversed in full, 0 to 10080 (a week).',
  })
  reversalWindowMinutes?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Days value restored by a return to an expired reward lives, 0 to 3650.',
  })
  returnGraceDays?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "A MANAGER's largest single manual issue in cents; at most managerDailyIssueLimit.",
  })
  managerIssueLimit?: number;

  @Field(() => Int, {
    nullable: true,
    description: "A MANAGER's largest manual total per local day, in cents.",
  })
  managerDailyIssueLimit?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Default life of a hold in seconds, 1 to 3600.',
  })
  holdTtlSeconds?: number;
}
