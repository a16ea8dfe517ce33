import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, scope } from '../../graphql/access';
import type { GraphQLContext } from '../../graphql/context';
import { SettingsService } from './settings.service';
import { Settings, SettingsInput } from './settings.types';

@Resolver()
export class SettingsResolver {
  constructor(private readonly settingsService: SettingsService) {}

  @Allow('STAFF', scope('REDEEM'), scope('READ_PROFILES'))
  @Query(() => Settings, { description: 'The brand-wide rules.' })
  async settings(@Ctx() { ctx }: GraphQLContext): Promise<Settings> {
    return Settings.from(await this.settingsService.get(ctx));
  }

  @Allow('ADMIN')
  @Mutation(() => Settings, {
    description: 'Changes brand-wide rules. Every field is validated; nothing changes on an error.',
  })
  async updateSettings(
    @Arg('input', () => SettingsInput) input: SettingsInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Settings> {
    return Settings.from(await this.settingsService.update(ctx, input));
  }
}
