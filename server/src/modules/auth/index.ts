import { defineModule } from '../../core/module';
import type { RateLimitsService } from '../ratelimits';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { ApiKeyEntity, PasswordLinkEntity, SessionEntity, UserEntity } from './entities';

export const authModule = defineModule({
  name: 'auth',
  entities: [UserEntity, SessionEntity, ApiKeyEntity, PasswordLinkEntity],
  resolvers: [AuthResolver],
  create: (deps: { ratelimits: RateLimitsService }, config) =>
    new AuthService(
      {
        sessionTtlHours: config.sessionTtlHours,
        sessionIdleMinutes: config.security.sessionIdleMinutes,
        cookieSecure: config.cookieSecure,
        credentialCacheSeconds: config.credentialCacheSeconds,
        publicUrl: config.publicUrl,
      },
      deps.ratelimits,
    ),
});

export type { AuthService } from './auth.service';
export { credentialOf } from './cookies';
