export { RedemptionEntity } from './redemption.entity';
export { RedemptionAllocationEntity } from './redemption-allocation.entity';
export { HoldEntity } from './hold.entity';
export { HoldAllocationEntity } from './hold-allocation.entity';
export { RedemptionsService } from './redemptions.service';
export { heldByProfile, reservedOnActiveByProfile } from './holds.queries';
export {
  RedemptionResolver,
  HoldResolver,
  RedemptionAllocationResolver,
  ProfileRedemptionsResolver,
  LedgerRedemptionResolver,
} from './redemptions.resolver';
export { Redemption, RedemptionConnection } from './redemptions.types';
