import { Authorized } from 'type-graphql';
import type { ApiScopeName, RoleName } from './principal';

/**
 * Who may call a field. Every Query and Mutation declares one (checked when the schema is
 * built), so forgetting is a boot failure rather than an open endpoint.
 */
export type AccessRule = 'PUBLIC' | 'STAFF' | RoleName | `SCOPE:${ApiScopeName}`;

/** Anyone, signed in or not. */
export function Public(): MethodDecorator & PropertyDecorator {
  return Authorized<AccessRule>('PUBLIC');
}

/** The listed staff roles and API-key scopes; 'STAFF' means any signed-in staff member. */
export function Allow(...rules: AccessRule[]): MethodDecorator & PropertyDecorator {
  if (rules.length === 0) throw new Error('Allow() needs at least one rule');
  return Authorized<AccessRule>(...rules);
}

export function scope(name: ApiScopeName): AccessRule {
  return `SCOPE:${name}`;
}
