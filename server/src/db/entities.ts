import { ApiKeyEntity, SessionEntity, UserEntity } from '../modules/auth/entities';

/** Every table the product owns; migrations are generated from these. */
export const ENTITIES = [UserEntity, SessionEntity, ApiKeyEntity];
