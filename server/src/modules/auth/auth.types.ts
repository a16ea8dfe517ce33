import { read, Readable } from '../../core/access';
import {
  IsEmail,
  IsOptional,
  Length,
  MaxLength,
  ArrayNotEmpty,
  ArrayUnique,
} from 'class-validator';
import { Field, ID, InputType, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { InvalidLinkError } from '../../core/results';
import { API_SCOPES, type ApiScopeName, type RoleName } from '../../core/principal';
import type { ApiKeyEntity, UserEntity } from './entities';

export enum Role {
  ADMIN = 'ADMIN',
  MANAGER = 'MANAGER',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a staff member may do.',
  valuesConfig: {
    ADMIN: { description: 'Full access: definitions, types, settings, users, API keys, webhooks.' },
    MANAGER: {
      description:
        'Customer service: issue (within limits), extend, void, redeem, reverse, read everything.',
    },
  },
});

export enum ApiScope {
  READ_PROFILES = 'READ_PROFILES',
  WRITE_PROFILES = 'WRITE_PROFILES',
  ISSUE_REWARDS = 'ISSUE_REWARDS',
  REDEEM = 'REDEEM',
  RECORD_TRANSACTIONS = 'RECORD_TRANSACTIONS',
  EMIT_EVENTS = 'EMIT_EVENTS',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'What an API key may do.',
  valuesConfig: {
    READ_PROFILES: { description: 'Read profiles, balances, rewards and redemptions.' },
    WRITE_PROFILES: { description: 'Create and update profiles.' },
    ISSUE_REWARDS: { description: 'Issue rewards.' },
    REDEEM: { description: 'Preview, hold, redeem, reverse and return.' },
    RECORD_TRANSACTIONS: { description: 'Record purchases (spend milestones).' },
    EMIT_EVENTS: { description: 'Emit custom events that reactions listen to.' },
  },
});
// The enum and the stored scope names must be the same set.
const enumScopes = Object.values(ApiScope).sort().join();
if (enumScopes !== [...API_SCOPES].sort().join()) throw new Error('ApiScope enum out of sync');

// Staff accounts and credentials are for staff only, never read by an API key.
@Readable({ default: read.nobody })
@ObjectType({ description: 'A staff member who signs in to the admin app.' })
export class User {
  @Field(() => ID, { description: 'The staff account id (actors name it user:<id>).' })
  id: string;

  @Field(() => String, { description: 'Sign-in email, lower-case; unique.' })
  email: string;

  @Field(() => String, { description: 'Display name, shown in ledgers and as issuer.' })
  name: string;

  @Field(() => Role, { description: 'What the staff member may do.' })
  role: Role;

  @Field(() => Boolean, { description: 'Inactive users cannot sign in; their sessions end.' })
  active: boolean;

  static from(this: void, entity: UserEntity): User {
    return Object.assign(new User(), {
      id: entity.id,
      email: entity.email,
      name: entity.name,
      role: entity.role as Role,
      active: entity.active,
    });
  }
}

// Staff accounts and credentials are for staff only, never read by an API key.
@Readable({ default: read.nobody })
@ObjectType({ description: 'A signed-in session.' })
export class Session {
  @Field(() => String, {
    description:
      'Bearer token for API clients and scripts; the server also sets an HttpOnly cookie.',
  })
  token: string;

  @Field(() => User, { description: 'Who signed in.' })
  user: User;

  @Field(() => Date, { description: 'When the session ends unless the user signs out first.' })
  expiresAt: Date;
}

@Readable({ default: read.nobody })
@ObjectType({
  description: 'A credential for storefronts, POS and scripts, limited to its scopes.',
})
export class ApiKey {
  @Field(() => ID, { description: 'The key id (actors name it apikey:<id>).' })
  id: string;

  @Field(() => String, { description: 'What the key is for, e.g. the storefront or a POS.' })
  name: string;

  @Field(() => [ApiScope], { description: 'What the key may do; nothing else.' })
  scopes: ApiScope[];

  @Field(() => String, {
    description: 'First characters of the key, to recognise it; the secret is shown once.',
  })
  prefix: string;

  @Field(() => Date, { description: 'When the key was created.' })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the key was revoked (it is refused from then on); null while in use.',
  })
  revokedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the key was last used, to the minute; null if it never was.',
  })
  lastUsedAt: Date | null;

  static from(this: void, entity: ApiKeyEntity): ApiKey {
    return Object.assign(new ApiKey(), {
      id: entity.id,
      name: entity.name,
      scopes: entity.scopes as ApiScope[],
      prefix: entity.prefix,
      createdAt: entity.createdAt,
      revokedAt: entity.revokedAt,
      lastUsedAt: entity.lastUsedAt,
    });
  }
}

// Staff accounts and credentials are for staff only, never read by an API key.
@Readable({ default: read.nobody })
@ObjectType({ description: 'A new API key with its secret, which is never shown again.' })
export class ApiKeyCreated {
  @Field(() => ApiKey, { description: 'The key as listed from now on, without its secret.' })
  apiKey: ApiKey;

  @Field(() => String, {
    description:
      "The full secret, shown only in this response. Send it as 'Authorization: Bearer <secret>'.",
  })
  secret: string;
}

@InputType({ description: 'A new staff account.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Sign-in email (at most 254 characters); unique.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: 'Display name, 1 to 200 characters.' })
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name: string;

  @Field(() => Role, { description: 'What the staff member may do.' })
  role: Role;

  @Field(() => String, {
    nullable: true,
    description:
      'A first password, 10 to 200 characters. Leave it out to invite them with a set-password link instead (createPasswordLink); until they use it they cannot sign in.',
  })
  @IsOptional()
  @Length(10, 200, { message: 'password must be 10 to 200 characters' })
  password?: string | null;
}

// A credential in a URL, for staff only.
@Readable({ default: read.nobody })
@ObjectType({ description: 'A one-time link for a staff member to set their password.' })
export class PasswordLink {
  @Field(() => String, { description: "The page's address, carrying the token; shown once." })
  url: string;

  @Field(() => Date, { description: 'When the link stops working unless used first.' })
  expiresAt: Date;

  @Field(() => User, { description: 'Whose password it sets.' })
  user: User;
}

// Public by design (the person has no session yet): only whose account the link is for.
@ObjectType({ description: 'What a set-password page may show: the account it is for.' })
export class PasswordLinkOffer {
  @Field(() => String, { description: 'The account’s sign-in email.' })
  email: string;

  @Field(() => String, { description: 'The account’s display name, to greet them.' })
  name: string;

  @Field(() => Date, { description: 'When the link stops working unless used first.' })
  expiresAt: Date;
}

export const PasswordLinkOfferResult = createUnionType({
  name: 'PasswordLinkOfferResult',
  description:
    'The PasswordLinkOffer, or: InvalidLinkError (the link is unknown, used, replaced by a newer one or expired).',
  types: () => [PasswordLinkOffer, InvalidLinkError] as const,
});

@InputType({ description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for, 1 to 200 characters.' })
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name: string;

  @Field(() => [ApiScope], { description: 'At least one scope, none repeated.' })
  @ArrayNotEmpty({ message: 'an API key needs at least one scope' })
  @ArrayUnique({ message: 'scopes must not repeat' })
  scopes: ApiScope[];
}

export type { ApiScopeName, RoleName };
