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
@ObjectType({
  description:
    'A customer of the brand. An API key reads its fields with READ_PROFILES (a WRITE_PROFILES key reads back the fields its mutation wrote; a REDEEM key reads the balances); the id is readable wherever the profile is reached.',
})
export class Profile {
  @Field(() => ID, { description: 'The profile id (customer actors name it customer:<id>).' })
  id: string;

  @Field(() => String, { description: "The brand's own customer id; unique." })
  externalId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Email address, lower-case; null if not given.',
  })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Given name; null if not given.' })
  firstName: string | null;

  @Field(() => String, { nullable: true, description: 'Family name; null if not given.' })
  lastName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Birth date, YYYY-MM-DD (ISO 8601 calendar date); null if not given.',
  })
  birthDate: string | null;

  @Field(() => Date, {
    description: 'When the customer joined the programme.',
  })
  joinedAt: Date;

  @Field(() => String, {
    description:
      'IANA timezone; rewards issued to this profile expire at the end of the local day.',
  })
  timezone: string;

  @Field(() => String, {
    nullable: true,
    description: "The brand's loyalty tier name, as the brand writes it; null for none.",
  })
  tier: string | null;

  @Field(() => Boolean, {
    description: "The customer is one of the brand's own staff.",
  })
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

@InputType({ description: 'A new customer profile.' })
export class ProfileInput {
  @Field(() => String, {
    description: "The brand's own customer id, at most 100 characters; unique.",
  })
  externalId: string;

  @Field(() => String, { nullable: true, description: 'Email address, at most 254 characters.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Given name, at most 100 characters.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name, at most 100 characters.' })
  lastName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: a real date from 1900 to today.',
  })
  birthDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "IANA zone, e.g. Australia/Sydney; default: the brand's.",
  })
  timezone?: string | null;

  @Field(() => String, { nullable: true, description: 'Loyalty tier name, at most 64 characters.' })
  tier?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A staff member of the brand; default false.',
  })
  isStaff?: boolean | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When they joined; not in the future. Default: now.',
  })
  joinedAt?: Date | null;
}

@InputType({ description: 'Only the fields given change; null clears an optional field.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'Email address, at most 254 characters.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Given name, at most 100 characters.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name, at most 100 characters.' })
  lastName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: a real date from 1900 to today.',
  })
  birthDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'IANA zone for rewards issued from now on; cannot be cleared.',
  })
  timezone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Loyalty tier name, at most 64 characters.',
  })
  tier?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A staff member of the brand; cannot be null.',
  })
  isStaff?: boolean | null;
}
