import { defineModule } from '../../core/module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { ApiKeyEntity, SessionEntity, UserEntity } from './entities';

export const authModule = defineModule({
  name: 'auth',
  entities: [UserEntity, SessionEntity, ApiKeyEntity],
  resolvers: [AuthResolver],
  create: (_deps: object, config) =>
    new AuthService({
      sessionTtlHours: config.sessionTtlHours,
      sessionIdleMinutes: config.security.sessionIdleMinutes,
      cookieSecure: config.cookieSecure,
      credentialCacheSeconds: config.credentialCacheSeconds,
    }),
});

export type { AuthService } from './auth.service';
export { credentialOf } from './cookies';
