/**
 * Slows password guessing: after too many failures for one key (an email, a client address)
 * within `windowMs`, sign-in is refused until the window passes. In-process by design: it
 * caps the rate per server process without a shared store.
 */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(private readonly windowMs = 15 * 60_000) {}

  /** `limits` pairs each key with the failures it may have in the window. */
  isBlocked(limits: [key: string, limit: number][], now = Date.now()): boolean {
    return limits.some(([k, limit]) => this.recent(k, now).length >= limit);
  }

  fail(keys: string[], now = Date.now()): void {
    for (const k of keys) this.failures.set(k, [...this.recent(k, now), now]);
    if (this.failures.size > 10_000) this.prune(now);
  }

  succeed(keys: string[]): void {
    for (const k of keys) this.failures.delete(k);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }

  private prune(now: number) {
    for (const [k] of this.failures) if (this.recent(k, now).length === 0) this.failures.delete(k);
  }
}
