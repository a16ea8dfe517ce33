import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, scope } from '../../core/access';
import type { ResolverContext } from '../../core/resolver-context';
import type { SettingsService } from './settings.service';
import { Settings, SettingsInput } from './settings.types';

@Resolver()
export class SettingsResolver {
  private readonly settingsService: SettingsService;
  constructor(services: { settings: SettingsService }) {
    this.settingsService = services.settings;
  }

  @Allow('STAFF', scope('REDEEM'), scope('READ_PROFILES'))
  @Query(() => Settings, { description: 'The brand-wide rules.' })
  async settings(@Ctx() { ctx }: ResolverContext): Promise<Settings> {
    return Settings.from(await this.settingsService.get(ctx));
  }

  @Allow('ADMIN')
  @Mutation(() => Settings, {
    description: 'Changes brand-wide rules. Every field is validated; nothing changes on an error.',
  })
  async updateSettings(
    @Arg('input', () => SettingsInput, { description: 'The rules to change.' })
    input: SettingsInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Settings> {
    return Settings.from(await this.settingsService.update(ctx, input));
  }
}
