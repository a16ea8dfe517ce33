import { defineModule } from '../../core/module';
import type { SettingsService } from '../settings';
import { RewardDefinitionResolver, RewardTypeResolver } from './definitions.resolver';
import { DefinitionsService } from './definitions.service';
import { RewardDefinitionEntity } from './reward-definition.entity';
import { RewardTypeEntity } from './reward-type.entity';

export const definitionsModule = defineModule({
  name: 'definitions',
  entities: [RewardTypeEntity, RewardDefinitionEntity],
  resolvers: [RewardTypeResolver, RewardDefinitionResolver],
  create: (deps: { settings: SettingsService }) => new DefinitionsService(deps),
});

export type { DefinitionsService } from './definitions.service';
export { RewardType, RewardDefinition, ExpiryUnit } from './definitions.types';
export type { RewardDefinitionEntity as RewardDefinitionRecord } from './reward-definition.entity';
export type { RewardTypeEntity as RewardTypeRecord } from './reward-type.entity';
