export { ApiKeyEntity, API_SCOPES, type ApiScopeName } from './api-key.entity';
export { SessionEntity } from './session.entity';
export { UserEntity, type RoleName } from './user.entity';
