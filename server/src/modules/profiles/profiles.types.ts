import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { read, Readable } from '../../core/access';
import { Money } from '../../core/money';
import { Connection } from '../../core/connections';
import type { ProfileEntity } from './profile.entity';

// Personal data and everything about a profile need READ_PROFILES; a WRITE_PROFILES key reads
// back the fields its own mutation wrote. The id is never secret.
@Readable({
  default: read.any(read.scope('READ_PROFILES'), read.writtenWith('WRITE_PROFILES')),
  fields: { id: read.anyone },
})
@ObjectType({ description: 'A customer of the brand.' })
export class Profile {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "The brand's own customer id; unique." })
  externalId: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  firstName: string | null;

  @Field(() => String, { nullable: true })
  lastName: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  birthDate: string | null;

  @Field(() => Date)
  joinedAt: Date;

  @Field(() => String, {
    description:
      'IANA timezone; rewards issued to this profile expire at the end of the local day.',
  })
  timezone: string;

  @Field(() => String, { nullable: true })
  tier: string | null;

  @Field(() => Boolean)
  isStaff: boolean;

  /** Cents in the brand's default currency; the field resolver adds the currency. */
  lifetimeSpendCents: number;

  static from(this: void, e: ProfileEntity): Profile {
    return Object.assign(new Profile(), {
      id: e.id,
      externalId: e.externalId,
      email: e.email,
      firstName: e.firstName,
      lastName: e.lastName,
      birthDate: e.birthDate,
      joinedAt: e.joinedAt,
      timezone: e.timezone,
      tier: e.tier,
      isStaff: e.isStaff,
      lifetimeSpendCents: e.lifetimeSpend,
    });
  }
}

export const ProfileConnection = Connection(Profile, 'Profile', 'profiles');
export type ProfileConnection = InstanceType<typeof ProfileConnection>;

export { Money };

@InputType()
export class ProfileInput {
  @Field(() => String)
  externalId: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: "IANA zone; default: the brand's." })
  timezone?: string | null;

  @Field(() => String, { nullable: true })
  tier?: string | null;

  @Field(() => Boolean, { nullable: true })
  isStaff?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Default: now.' })
  joinedAt?: Date | null;
}

@InputType({ description: 'Only the fields given change; null clears an optional field.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  timezone?: string | null;

  @Field(() => String, { nullable: true })
  tier?: string | null;

  @Field(() => Boolean, { nullable: true })
  isStaff?: boolean | null;
}
