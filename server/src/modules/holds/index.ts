import { defineModule } from '../../core/module';
import { HoldAllocationEntity } from './hold-allocation.entity';
import { HoldEntity } from './hold.entity';
import { HoldsService } from './holds.service';

export const holdsModule = defineModule({
  name: 'holds',
  entities: [HoldEntity, HoldAllocationEntity],
  resolvers: [],
  create: () => new HoldsService(),
});

export type {
  HoldsService,
  HeldRow,
  HoldRecord,
  HoldAllocationRecord,
  NewHold,
} from './holds.service';
export type { HoldStateName } from './hold.entity';
