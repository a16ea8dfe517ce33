import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { read, Readable } from '../../core/access';
import { Money } from '../../core/money';
import type { TransactionEntity } from './transaction.entity';

// A key that records transactions reads back what it recorded (and, through rewardsIssued,
// the rewards it caused); everything else about the profile needs READ_PROFILES.
@Readable({ default: read.scope('READ_PROFILES', 'RECORD_TRANSACTIONS') })
@ObjectType({ description: 'A purchase or a return recorded for a profile.' })
export class Transaction {
  @Field(() => ID, { description: 'The transaction id.' })
  id: string;

  profileId: string;

  @Field(() => String, { description: "The brand's own id of the transaction; unique." })
  externalId: string;

  @Field(() => Money, { description: 'Cents; negative for a return.' })
  total: Money;

  @Field(() => Date, { description: 'When the purchase or return happened.' })
  occurredAt: Date;

  static from(this: void, e: TransactionEntity): Transaction {
    return Object.assign(new Transaction(), {
      id: e.id,
      profileId: e.profileId,
      externalId: e.externalId,
      total: Money.of(e.total, e.currency),
      occurredAt: e.occurredAt,
    });
  }
}

@InputType({ description: 'A purchase (positive total) or a return (negative total).' })
export class RecordTransactionInput {
  @Field(() => ID, { description: 'The profile that bought or returned.' })
  profileId: string;

  @Field(() => String, {
    description: 'Unique per brand; recording the same externalId twice changes nothing.',
  })
  externalId: string;

  @Field(() => Int, {
    description: 'Cents, non-zero; negative for a return (which lowers lifetime spend).',
  })
  total: number;

  @Field(() => String, {
    nullable: true,
    description: "ISO 4217; must be the brand's default currency (the default).",
  })
  currency?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it happened; default now.' })
  occurredAt?: Date | null;
}
