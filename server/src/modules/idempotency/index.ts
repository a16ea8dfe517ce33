import { defineModule } from '../../core/module';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { IdempotencyService } from './idempotency.service';

export const idempotencyModule = defineModule({
  name: 'idempotency',
  entities: [IdempotencyKeyEntity],
  resolvers: [],
  create: () => new IdempotencyService(),
});

export type { IdempotencyService, IdempotentOperation } from './idempotency.service';
export { fingerprint, canonicalJson } from './idempotency.service';
