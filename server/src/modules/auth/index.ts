export { AuthService } from './auth.service';
export { AuthResolver } from './auth.resolver';
export { credentialOf } from './cookies';
export { API_SCOPES, type ApiScopeName, type RoleName } from './entities';
