export { SettingsEntity } from './settings.entity';
export { SettingsService, defaultSettings, type SettingsDefaults } from './settings.service';
export { SettingsResolver } from './settings.resolver';
