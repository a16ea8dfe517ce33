import { defineModule } from '../../core/module';
import { SettingsEntity } from './settings.entity';
import { SettingsResolver } from './settings.resolver';
import { SettingsService } from './settings.service';

export const settingsModule = defineModule({
  name: 'settings',
  entities: [SettingsEntity],
  resolvers: [SettingsResolver],
  create: (_deps: object, config) =>
    new SettingsService({ currency: config.defaultCurrency, timezone: config.defaultTimezone }),
});

export type { SettingsService, BrandSettings, SettingsDefaults } from './settings.service';
export { defaultSettings } from './settings.service';
