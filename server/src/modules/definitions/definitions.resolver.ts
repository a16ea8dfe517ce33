import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, scope } from '../../core/access';
import type { ResolverContext } from '../../core/resolver-context';
import type { DefinitionsService } from './definitions.service';
import {
  RewardDefinition,
  RewardDefinitionInput,
  RewardType,
  RewardTypeInput,
} from './definitions.types';

const READERS = ['STAFF', scope('READ_PROFILES'), scope('ISSUE_REWARDS')] as const;

@Resolver(() => RewardType)
export class RewardTypeResolver {
  private readonly definitions: DefinitionsService;
  constructor(services: { definitions: DefinitionsService }) {
    this.definitions = services.definitions;
  }

  @Allow(...READERS)
  @Query(() => [RewardType], { description: 'Reward types, by name; archived ones on request.' })
  async rewardTypes(
    @Arg('includeArchived', () => Boolean, {
      nullable: true,
      description: 'Include archived ones too (default false).',
    })
    includeArchived: boolean | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardType[]> {
    return (await this.definitions.listTypes(ctx, includeArchived ?? false)).map(RewardType.from);
  }

  @Allow('ADMIN')
  @Mutation(() => RewardType, { description: 'Adds a reward type. Keys are unique.' })
  async createRewardType(
    @Arg('input', () => RewardTypeInput, { description: 'The reward type.' })
    input: RewardTypeInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardType> {
    return RewardType.from(await this.definitions.createType(ctx, input));
  }

  @Allow('ADMIN', 'MANAGER')
  @Mutation(() => RewardType, {
    description: "Changes a reward type's name, description and extension policy (not its key).",
  })
  async updateRewardType(
    @Arg('id', () => ID, { description: 'The reward type to change.' }) id: string,
    @Arg('input', () => RewardTypeInput, { description: 'The reward type.' })
    input: RewardTypeInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardType> {
    return RewardType.from(await this.definitions.updateType(ctx, id, input));
  }

  @Allow('ADMIN', 'MANAGER')
  @Mutation(() => RewardType, {
    description:
      'Archives a reward type: no new definitions of it. Existing rewards are untouched.',
  })
  async archiveRewardType(
    @Arg('id', () => ID, { description: 'The reward type to archive.' }) id: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardType> {
    return RewardType.from(await this.definitions.archiveType(ctx, id));
  }
}

@Resolver(() => RewardDefinition)
export class RewardDefinitionResolver {
  private readonly definitions: DefinitionsService;
  constructor(services: { definitions: DefinitionsService }) {
    this.definitions = services.definitions;
  }

  @FieldResolver(() => RewardType, { description: 'The reward type it issues.' })
  async type(
    @Root() definition: RewardDefinition,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardType> {
    return RewardType.from(await this.definitions.loadType(ctx, definition.typeId));
  }

  @Allow(...READERS)
  @Query(() => [RewardDefinition], { description: 'Reward definitions, by name.' })
  async rewardDefinitions(
    @Arg('includeArchived', () => Boolean, {
      nullable: true,
      description: 'Include archived ones too (default false).',
    })
    includeArchived: boolean | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardDefinition[]> {
    const list = await this.definitions.listDefinitions(ctx, includeArchived ?? false);
    return list.map(RewardDefinition.from);
  }

  @Allow(...READERS)
  @Query(() => RewardDefinition, {
    nullable: true,
    description: 'One definition by id or by handle (exactly one of them).',
  })
  async rewardDefinition(
    @Arg('id', () => ID, { nullable: true, description: 'The definition id; give this or handle.' })
    id: string | null,
    @Arg('handle', () => String, {
      nullable: true,
      description: "The definition's handle, instead of id.",
    })
    handle: string | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardDefinition | null> {
    const found = await this.definitions.findDefinition(ctx, { id, handle });
    return found ? RewardDefinition.from(found) : null;
  }

  @Allow('ADMIN')
  @Mutation(() => RewardDefinition, { description: 'Adds a reward definition.' })
  async createRewardDefinition(
    @Arg('input', () => RewardDefinitionInput, { description: 'The definition.' })
    input: RewardDefinitionInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardDefinition> {
    return RewardDefinition.from(await this.definitions.createDefinition(ctx, input));
  }

  @Allow('ADMIN', 'MANAGER')
  @Mutation(() => RewardDefinition, {
    description:
      'Changes a definition. Rewards already issued from it keep their value and expiry.',
  })
  async updateRewardDefinition(
    @Arg('id', () => ID, { description: 'The definition to change (not archived).' }) id: string,
    @Arg('input', () => RewardDefinitionInput, { description: 'The definition.' })
    input: RewardDefinitionInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardDefinition> {
    return RewardDefinition.from(await this.definitions.updateDefinition(ctx, id, input));
  }

  @Allow('ADMIN', 'MANAGER')
  @Mutation(() => RewardDefinition, {
    description: 'Archives a definition: it can no longer issue. Issued rewards are untouched.',
  })
  async archiveRewardDefinition(
    @Arg('id', () => ID, { description: 'The definition to archive.' }) id: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardDefinition> {
    return RewardDefinition.from(await this.definitions.archiveDefinition(ctx, id));
  }
}
