export { RewardTypeEntity } from './reward-type.entity';
export { RewardDefinitionEntity } from './reward-definition.entity';
export { DefinitionsService } from './definitions.service';
export { RewardTypeResolver, RewardDefinitionResolver } from './definitions.resolver';
export { RewardType, RewardDefinition, ExpiryUnit } from './definitions.types';
