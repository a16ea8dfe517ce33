import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Public } from '../../core/access';
import type { ResolverContext } from '../../core/resolver-context';
import { ErrorResult } from '../../core/results';
import type { ExtensionOffer, LinksService } from './links.service';
import {
  CreateExtensionLinkResult,
  RewardExtensionLink,
  RewardExtensionOffer,
  RewardExtensionOfferResult,
} from './links.types';

function present(result: ExtensionOffer | ErrorResult): typeof RewardExtensionOfferResult {
  return result instanceof ErrorResult ? result : RewardExtensionOffer.from(result);
}

@Resolver()
export class LinksResolver {
  constructor(private readonly s: { links: LinksService }) {}

  @Allow('ADMIN', 'MANAGER')
  @Mutation(() => CreateExtensionLinkResult, {
    description:
      "A single-use Profile Portal link (valid 30 days) for a reward whose type allows self-service extension. The customer's page shows the offer and, on confirmation, adds the type's extensionDays.",
  })
  async createRewardExtensionLink(
    @Arg('rewardId', () => ID, { description: 'The reward to offer an extension for.' })
    rewardId: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof CreateExtensionLinkResult> {
    const result = await this.s.links.create(ctx, rewardId);
    return result instanceof ErrorResult ? result : RewardExtensionLink.from(result);
  }

  @Public()
  @Query(() => RewardExtensionOfferResult, {
    description:
      'Public: what a Profile Portal extension link offers. Rate-limited per client address.',
  })
  async rewardExtensionOffer(
    @Arg('token', () => String, { description: "The token from the link's URL." }) token: string,
    @Ctx() { ctx, req }: ResolverContext,
  ): Promise<typeof RewardExtensionOfferResult> {
    await this.s.links.throttle(ctx, req.ip ?? 'unknown');
    return present(await this.s.links.offer(ctx, token));
  }

  @Public()
  @Mutation(() => RewardExtensionOfferResult, {
    description:
      'Public: the customer confirms an extension from a Profile Portal link (single use). A second confirmation answers InvalidLinkError saying the link was already used. Rate-limited per client address.',
  })
  async extendRewardWithLink(
    @Arg('token', () => String, { description: "The token from the link's URL." }) token: string,
    @Ctx() { ctx, req }: ResolverContext,
  ): Promise<typeof RewardExtensionOfferResult> {
    await this.s.links.throttle(ctx, req.ip ?? 'unknown');
    return present(await this.s.links.confirm(ctx, token));
  }
}
