import { ApiKeyEntity, SessionEntity, UserEntity } from '../modules/auth/entities';
import { RewardDefinitionEntity } from '../modules/definitions/reward-definition.entity';
import { RewardTypeEntity } from '../modules/definitions/reward-type.entity';
import { IdempotencyKeyEntity } from '../modules/idempotency/idempotency-key.entity';
import { ProfileEntity } from '../modules/profiles/profile.entity';
import { LedgerEntryEntity } from '../modules/rewards/ledger-entry.entity';
import { RewardEntity } from '../modules/rewards/reward.entity';
import { HoldAllocationEntity } from '../modules/redemptions/hold-allocation.entity';
import { HoldEntity } from '../modules/redemptions/hold.entity';
import { RedemptionAllocationEntity } from '../modules/redemptions/redemption-allocation.entity';
import { RedemptionEntity } from '../modules/redemptions/redemption.entity';
import { SettingsEntity } from '../modules/settings/settings.entity';

/** Every table the product owns; migrations are generated from these. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  ApiKeyEntity,
  SettingsEntity,
  RewardTypeEntity,
  RewardDefinitionEntity,
  ProfileEntity,
  RewardEntity,
  LedgerEntryEntity,
  IdempotencyKeyEntity,
  RedemptionEntity,
  RedemptionAllocationEntity,
  HoldEntity,
  HoldAllocationEntity,
];
