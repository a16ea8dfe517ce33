import { describe, expect, it } from 'vitest';
import { signInDelaySeconds } from '../../src/modules/auth/sign-in.rules';

describe('sign-in pacing', () => {
  it('is free for the first failures, then doubles up to the cap', () => {
    const delays = Array.from({ length: 12 }, (_, i) => signInDelaySeconds(i + 1, 5, 30));
    expect(delays).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 30, 30]);
  });

  it('never grows past the cap however many failures there were', () => {
    expect(signInDelaySeconds(1_000_000, 5, 900)).toBe(900);
    expect(signInDelaySeconds(3, 0, 30)).toBe(4);
  });
});
