import { defineModule } from '../../core/module';
import type { DefinitionsService } from '../definitions';
import type { RewardsService } from '../rewards';
import type { SettingsService } from '../settings';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

export const reportsModule = defineModule({
  name: 'reports',
  entities: [],
  resolvers: [ReportsResolver],
  create: (deps: {
    rewards: RewardsService;
    definitions: DefinitionsService;
    settings: SettingsService;
  }) => new ReportsService(deps),
});

export type { ReportsService } from './reports.service';
