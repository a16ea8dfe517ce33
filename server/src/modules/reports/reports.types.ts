import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { read, Readable } from '../../core/access';
import { Money } from '../../core/money';

export enum ReportInterval {
  DAY = 'DAY',
  MONTH = 'MONTH',
}
registerEnumType(ReportInterval, {
  name: 'ReportInterval',
  description: "Periods in the brand's time zone.",
  valuesConfig: {
    DAY: { description: 'One row per brand-local day; period is YYYY-MM-DD.' },
    MONTH: { description: 'One row per brand-local month; period is YYYY-MM.' },
  },
});

// Finance reports are for staff; no API key reads them.

@Readable({ default: read.nobody })
@ObjectType({ description: 'Value outstanding on rewards expiring in one month.' })
export class LiabilityBucket {
  @Field(() => String, { description: "YYYY-MM of expiry, in the brand's time zone." })
  month: string;

  @Field(() => Money, { description: 'Value left on the rewards expiring that month.' })
  amount: Money;

  @Field(() => Int, { description: 'How many rewards carry it.' })
  rewardCount: number;
}

@Readable({ default: read.nobody })
@ObjectType({
  description:
    'What is owed now: value left on rewards neither voided nor expired (pending ones included).',
})
export class Liability {
  @Field(() => String, { description: 'ISO 4217 code the report is in, e.g. AUD.' })
  currency: string;

  @Field(() => Money, { description: 'Value left on all of those rewards.' })
  outstanding: Money;

  @Field(() => Money, {
    description:
      "Of that, what expires by the end of the 30th day from today in the brand's time zone (pending rewards included).",
  })
  expiringSoon: Money;

  @Field(() => [LiabilityBucket], { description: 'By month of expiry, soonest first.' })
  byExpiryMonth: LiabilityBucket[];
}

@Readable({ default: read.nobody })
@ObjectType({ description: 'Ledger value of one reward type and currency in one period.' })
export class ActivityRow {
  @Field(() => String, { description: "YYYY-MM-DD or YYYY-MM, in the brand's time zone." })
  period: string;

  @Field(() => String, { description: "The reward type's key." })
  rewardType: string;

  @Field(() => String, { description: "The reward type's name." })
  rewardTypeName: string;

  @Field(() => Money, { description: 'Issued (ISSUE entries).' })
  issued: Money;

  @Field(() => Money, { description: 'Redeemed (REDEEM entries), before reversals and returns.' })
  redeemed: Money;

  @Field(() => Money, { description: 'Given back by reversals and returns.' })
  restored: Money;

  @Field(() => Money, { description: 'Expired (EXPIRE entries).' })
  expired: Money;

  @Field(() => Money, { description: 'Voided (VOID entries).' })
  voided: Money;
}

@Readable({ default: read.nobody })
@ObjectType({ description: 'Value that expired unredeemed in one month (breakage).' })
export class BreakageRow {
  @Field(() => String, { description: "YYYY-MM of expiry, in the brand's time zone." })
  month: string;

  @Field(() => Money, { description: 'What was left on rewards that expired (not voided).' })
  amount: Money;

  @Field(() => Int, { description: 'How many rewards expired with value left.' })
  rewardCount: number;
}
