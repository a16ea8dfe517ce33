import type { Clock } from '../../src/core/clock';

/**
 * The server's clock in tests: real time plus an offset the test moves, so time still flows
 * (holds lapse, sessions age) and a test can jump ahead instead of rewriting rows.
 */
export class TestClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the clock forward (or back, with a negative amount) by `ms`. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }

  /** Puts the clock at an instant; it keeps running from there. */
  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  /** Back to real time. */
  reset(): void {
    this.offsetMs = 0;
  }
}
