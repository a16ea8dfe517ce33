import type { EventBus } from '../../core/events';
import { defineModule } from '../../core/module';
import type { SettingsService } from '../settings';
import { ProfileEntity } from './profile.entity';
import { ProfileResolver } from './profiles.resolver';
import { ProfilesService } from './profiles.service';

export const profilesModule = defineModule({
  name: 'profiles',
  entities: [ProfileEntity],
  resolvers: [ProfileResolver],
  create: (deps: { settings: SettingsService; events: EventBus }) => new ProfilesService(deps),
});

export type { ProfilesService, ProfileCompanion } from './profiles.service';
export type { ProfileEntity as ProfileRecord } from './profile.entity';
export { Profile, ProfileConnection } from './profiles.types';
export { underProfileLock } from './profile-lock';
