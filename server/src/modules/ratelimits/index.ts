import { defineModule } from '../../core/module';
import { RateLimitEntity } from './rate-limit.entity';
import { RateLimitsService } from './ratelimits.service';

export const ratelimitsModule = defineModule({
  name: 'ratelimits',
  entities: [RateLimitEntity],
  resolvers: [],
  create: (_deps: object, config) => new RateLimitsService(config.security.rate),
});

export type { RateLimitsService, SharedCounter } from './ratelimits.service';
