import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { SettingsEntity } from './settings.entity';

@ObjectType({ description: 'Brand-wide rules for redemption and issuance.' })
export class Settings {
  @Field(() => String)
  defaultCurrency: string;

  @Field(() => String)
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

  @Field(() => Int, { description: 'How long after a redemption it may be reversed in full.' })
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

  @Field(() => Int, { description: 'Largest total a MANAGER may issue manually per day (cents).' })
  managerDailyIssueLimit: number;

  @Field(() => Int, { description: 'How long a hold stays active unless captured or released.' })
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
  @Field(() => String, { nullable: true })
  defaultCurrency?: string;

  @Field(() => String, { nullable: true })
  defaultTimezone?: string;

  @Field(() => [String], { nullable: true })
  excludedCategories?: string[];

  @Field(() => Int, { nullable: true })
  minimumSpend?: number;

  @Field(() => Int, { nullable: true })
  maxRedemptionPercent?: number | null;

  @Field(() => Int, { nullable: true })
  maxRedemptionAmount?: number | null;

  @Field(() => Int, { nullable: true })
  reversalWindowMinutes?: number;

  @Field(() => Int, { nullable: true })
  returnGraceDays?: number;

  @Field(() => Int, { nullable: true })
  managerIssueLimit?: number;

  @Field(() => Int, { nullable: true })
  managerDailyIssueLimit?: number;

  @Field(() => Int, { nullable: true })
  holdTtlSeconds?: number;
}
