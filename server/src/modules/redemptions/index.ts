import { defineModule } from '../../core/module';
import type { AuthService } from '../auth';
import { RedemptionAllocationEntity } from './redemption-allocation.entity';
import { RedemptionEntity } from './redemption.entity';
import {
  HoldResolver,
  LedgerRedemptionResolver,
  ProfileRedemptionsResolver,
  RedemptionAllocationResolver,
  RedemptionResolver,
} from './redemptions.resolver';
import { type RedemptionsDeps, RedemptionsService } from './redemptions.service';

export const redemptionsModule = defineModule({
  name: 'redemptions',
  entities: [RedemptionEntity, RedemptionAllocationEntity],
  resolvers: [
    RedemptionResolver,
    HoldResolver,
    RedemptionAllocationResolver,
    ProfileRedemptionsResolver,
    LedgerRedemptionResolver,
  ],
  // The resolvers also name staff and API keys for people (auth).
  create: (deps: RedemptionsDeps & { auth: AuthService }) => new RedemptionsService(deps),
});

export type { RedemptionsService } from './redemptions.service';
export { Redemption, RedemptionConnection } from './redemptions.types';
