export { ApiKeyEntity } from './api-key.entity';
export { SessionEntity } from './session.entity';
export { UserEntity } from './user.entity';
export { PasswordLinkEntity } from './password-link.entity';
