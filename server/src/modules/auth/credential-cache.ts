import type { Principal } from '../../core/context';

interface Entry {
  principal: Principal;
  /** When this process looks the credential up again. */
  recheckAt: number;
  /** A session's own end; it ends on time even while cached. */
  endsAt: number | null;
}

const MAX_ENTRIES = 10_000;

/**
 * Recently proven credentials, keyed by the secret's hash, so a client's repeated requests
 * cost no statement. What ends a credential in this process (logout, revocation,
 * deactivation, a password change) evicts it at once; another process sees the end within
 * `ttlMs`, the documented bound (AUTH_CACHE_SECONDS, default 5).
 */
export class CredentialCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs: number) {}

  get(hash: string, now: number): Principal | null {
    const entry = this.entries.get(hash);
    if (!entry) return null;
    if (entry.recheckAt <= now || (entry.endsAt !== null && entry.endsAt <= now)) {
      this.entries.delete(hash);
      return null;
    }
    return entry.principal;
  }

  put(hash: string, principal: Principal, now: number, endsAt: Date | null = null): void {
    if (this.ttlMs <= 0) return;
    // Oldest first out: a Map iterates in insertion order.
    if (this.entries.size >= MAX_ENTRIES) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    this.entries.set(hash, {
      principal,
      recheckAt: now + this.ttlMs,
      endsAt: endsAt ? endsAt.getTime() : null,
    });
  }

  /** Forgets every cached credential the predicate matches (a session, a user, a key). */
  evict(matches: (p: Principal) => boolean): void {
    for (const [hash, entry] of this.entries) {
      if (matches(entry.principal)) this.entries.delete(hash);
    }
  }
}
