import { createContext, useContext, type ReactNode } from 'react';
import type { Role } from '../../graphql/generated/graphql';

const RoleContext = createContext<Role | null>(null);

/** Makes the signed-in staff member's role known to the pages of the shell. */
export function RoleProvider({ role, children }: { role: Role; children: ReactNode }) {
  return <RoleContext.Provider value={role}>{children}</RoleContext.Provider>;
}

/** The signed-in staff member's role; only inside the signed-in shell. */
export function useRole(): Role {
  const role = useContext(RoleContext);
  if (!role) throw new Error('useRole() is only available inside the signed-in shell.');
  return role;
}

/** The role where there is a signed-in shell, else null (e.g. a form rendered on its own). */
export function useRoleOrNull(): Role | null {
  return useContext(RoleContext);
}

/**
 * What each role may do in the admin app, as set out in the access rules. The server enforces
 * the same rules; the app hides what would only fail.
 */
export const permissions = {
  /** Create reward types and definitions. */
  createCatalog: (role: Role) => role === 'ADMIN',
  /** Update and archive reward types and definitions. */
  editCatalog: (role: Role) => role === 'ADMIN' || role === 'MANAGER',
  /** See and change brand settings. */
  manageSettings: (role: Role) => role === 'ADMIN',
  /** Release a checkout hold a storefront or POS placed. */
  releaseHold: (role: Role) => role === 'ADMIN' || role === 'MANAGER',
  /** Staff users and API keys. */
  manageAccess: (role: Role) => role === 'ADMIN',
  /** Issue a reward to every customer of a CSV upload (a manager within their limits). */
  bulkIssue: (role: Role) => role === 'ADMIN' || role === 'MANAGER',
  /** Webhook endpoints, their secrets and their deliveries. */
  manageWebhooks: (role: Role) => role === 'ADMIN',
  /** Create, edit, pause and resume reactions (automatic issuance). */
  manageReactions: (role: Role) => role === 'ADMIN',
} as const;
