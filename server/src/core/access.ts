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

// ------------------------------------------------------------------ field-level reading

/**
 * Whether an API key may read one field of one object. Staff read everything; a key reads
 * what its scopes allow, judged on the object as it was reached (DOMAIN.md, Access: scopes
 * hold on every field, by whatever path an object is reached).
 */
export type ReadRule = (
  key: { apiKeyId: string; scopes: readonly ApiScopeName[] },
  root: Record<PropertyKey, unknown>,
  field: string,
) => boolean;

export interface ReadPolicy {
  /** The rule for every field not named in `fields`. */
  default: ReadRule;
  fields?: Record<string, ReadRule>;
}

/** Marks an object a key may read because of how it was reached (its own redemption's rewards). */
export const GRANTED = Symbol('granted');
/** The fields a mutation's payload wrote, which a key with the writing scope may read back. */
export const WRITTEN = Symbol('written');

export const read = {
  anyone: (() => true) as ReadRule,
  nobody: (() => false) as ReadRule,
  scope:
    (...scopes: ApiScopeName[]): ReadRule =>
    (key) =>
      key.scopes.some((s) => scopes.includes(s)),
  /** The object's actor property (createdBy, issuedBy) names this key. */
  ownedVia:
    (property: string): ReadRule =>
    (key, root) =>
      root[property] === `apikey:${key.apiKeyId}`,
  /** The object was handed on by a parent this key may read (see `grant`). */
  granted: ((_key, root) => root[GRANTED] === true) as ReadRule,
  /** The field was written by this key's mutation, which carried the scope. */
  writtenWith:
    (scope: ApiScopeName): ReadRule =>
    (key, root, field) =>
      key.scopes.includes(scope) &&
      ((root[WRITTEN] as ReadonlySet<string> | undefined)?.has(field) ?? false),
  any:
    (...rules: ReadRule[]): ReadRule =>
    (key, root, field) =>
      rules.some((r) => r(key, root, field)),
};

const READ_POLICIES = new Map<string, ReadPolicy>();
// Rules other modules give for the fields they add to a type (Profile.balance, …).
const FIELD_RULES = new Map<string, Record<string, ReadRule>>();

/** Declares who may read an object type's fields; the class name is its GraphQL name. */
export function Readable(policy: ReadPolicy): ClassDecorator {
  return (target) => declareReadPolicy(target.name, policy);
}

/** Declares the policy of a GraphQL type by name (for types a helper builds). */
export function declareReadPolicy(typeName: string, policy: ReadPolicy): void {
  READ_POLICIES.set(typeName, policy);
}

/** Gives the rules for fields a module adds to another module's type. */
export function declareFieldRules(typeName: string, fields: Record<string, ReadRule>): void {
  FIELD_RULES.set(typeName, { ...FIELD_RULES.get(typeName), ...fields });
}

/** Every declared policy, with the fields other modules added, by GraphQL type name. */
export function readPolicies(): Map<string, Required<ReadPolicy>> {
  const out = new Map<string, Required<ReadPolicy>>();
  for (const [name, policy] of READ_POLICIES) {
    out.set(name, {
      default: policy.default,
      fields: { ...policy.fields, ...FIELD_RULES.get(name) },
    });
  }
  return out;
}

/** Hands an object on to a child resolver as readable by the key that could read its parent. */
export function grant<T extends object>(value: T): T {
  return Object.assign(value, { [GRANTED]: true });
}

/** Records which fields a mutation wrote, on its payload. */
export function written<T extends object>(value: T, fields: Iterable<string>): T {
  return Object.assign(value, { [WRITTEN]: new Set(fields) });
}
