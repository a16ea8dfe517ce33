/** Staff roles. */
export const ROLES = ['ADMIN', 'MANAGER'] as const;
export type RoleName = (typeof ROLES)[number];

/** What an API key may do; each key carries some of these. */
export const API_SCOPES = [
  'READ_PROFILES',
  'WRITE_PROFILES',
  'ISSUE_REWARDS',
  'REDEEM',
  'RECORD_TRANSACTIONS',
  'EMIT_EVENTS',
] as const;
export type ApiScopeName = (typeof API_SCOPES)[number];

/** Who is calling: a signed-in staff member, an API key, a customer (portal link) or a job. */
export type Principal =
  | { kind: 'user'; userId: string; role: RoleName; sessionId: string | null }
  | { kind: 'apikey'; apiKeyId: string; scopes: readonly ApiScopeName[] }
  | { kind: 'customer'; profileId: string }
  | { kind: 'system'; job: string };

/** How the ledger and audit columns name a principal. */
export function actorOf(principal: Principal | null): string {
  if (!principal) return 'anonymous';
  switch (principal.kind) {
    case 'user':
      return `user:${principal.userId}`;
    case 'apikey':
      return `apikey:${principal.apiKeyId}`;
    case 'customer':
      return `customer:${principal.profileId}`;
    case 'system':
      return `system:${principal.job}`;
  }
}
