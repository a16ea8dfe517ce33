import { Field, Int, ObjectType } from 'type-graphql';
import { read, Readable } from '../../core/access';

@Readable({ default: read.anyone })
@ObjectType({ description: 'What one daily pass did, by kind.' })
export class ScheduledRunSummary {
  @Field(() => Date, { description: 'The instant the pass ran as of.' })
  asOf: Date;

  @Field(() => Int, { description: 'Rewards issued: birthdays + anniversaries + lapses.' })
  rewardsIssued: number;

  @Field(() => Int, { description: 'BIRTHDAY rewards issued.' })
  birthdays: number;

  @Field(() => Int, { description: 'JOIN_ANNIVERSARY rewards issued.' })
  anniversaries: number;

  @Field(() => Int, { description: 'LAPSED rewards issued.' })
  lapses: number;

  @Field(() => Int, { description: 'Rewards whose expiry was booked with an EXPIRE entry.' })
  rewardsExpired: number;

  @Field(() => Int, {
    description: 'Reminders (reward.expiring) recorded for rewards expiring within 14 days.',
  })
  remindersSent: number;

  @Field(() => Int, { description: 'Idempotency keys purged after their retention.' })
  idempotencyKeysPurged: number;
}
