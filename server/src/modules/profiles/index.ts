export { ProfileEntity } from './profile.entity';
export { ProfilesService } from './profiles.service';
export { Profile, ProfileConnection, ProfileInput, UpdateProfileInput } from './profiles.types';
export { ProfileResolver } from './profiles.resolver';
export { underProfileLock } from './profile-lock';
