export { IdempotencyKeyEntity } from './idempotency-key.entity';
export { IdempotencyService, fingerprint, canonicalJson } from './idempotency.service';
