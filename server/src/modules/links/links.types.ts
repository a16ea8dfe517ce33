import { createUnionType, Field, ID, ObjectType } from 'type-graphql';
import { read, Readable } from '../../core/access';
import { Money } from '../../core/money';
import { InvalidLinkError, NotFoundError, RewardNotExtendableError } from '../../core/results';
import type { CreatedLink, ExtensionOffer } from './links.service';

// Created by staff for a customer; the token is a credential, so no API key reads it.
@Readable({ default: read.nobody })
@ObjectType({ description: 'A single-use Profile Portal link offering a self-service extension.' })
export class RewardExtensionLink {
  @Field(() => String, { description: "The public page's address, carrying the token." })
  url: string;

  @Field(() => String, { description: 'Shown once; only its hash is stored.' })
  token: string;

  @Field(() => Date, { description: 'When the link stops working (30 days after it was made).' })
  expiresAt: Date;

  static from(this: void, link: CreatedLink): RewardExtensionLink {
    return Object.assign(new RewardExtensionLink(), link);
  }
}

// Public by design (the customer's page reads it without signing in), so it carries only
// what DOMAIN.md lets the page show and has no field leading anywhere else.
@ObjectType({
  description: 'What the public Profile Portal page may show: no profile data beyond a first name.',
})
export class RewardExtensionOffer {
  @Field(() => ID, { description: 'The reward the link extends.' })
  rewardId: string;

  @Field(() => String, { description: "The name of the reward's definition." })
  rewardName: string;

  @Field(() => Money, { description: 'What is left to spend on the reward.' })
  valueRemaining: Money;

  @Field(() => Date, { description: 'The expiry before the extension.' })
  expiresAt: Date;

  @Field(() => Date, { description: 'The expiry after the extension.' })
  newExpiresAt: Date;

  @Field(() => String, { description: 'IANA zone the expiry is computed in.' })
  timezone: string;

  @Field(() => String, {
    nullable: true,
    description: "The customer's first name, to greet them; null if the profile has none.",
  })
  customerFirstName: string | null;

  static from(this: void, offer: ExtensionOffer): RewardExtensionOffer {
    return Object.assign(new RewardExtensionOffer(), offer);
  }
}

export const CreateExtensionLinkResult = createUnionType({
  name: 'CreateExtensionLinkResult',
  description:
    'The new RewardExtensionLink, or: NotFoundError (no such reward), RewardNotExtendableError (its type allows no self-service extension, it is used, voided or pending, or its customer already extended it).',
  types: () => [RewardExtensionLink, NotFoundError, RewardNotExtendableError] as const,
});

export const RewardExtensionOfferResult = createUnionType({
  name: 'RewardExtensionOfferResult',
  description:
    'The RewardExtensionOffer (after a confirmation, newExpiresAt is the expiry now in effect), or: InvalidLinkError (the link is unknown, used or expired), RewardNotExtendableError (the reward can no longer be extended).',
  types: () => [RewardExtensionOffer, InvalidLinkError, RewardNotExtendableError] as const,
});
