/**
 * How long a sign-in key (an account, an address) waits after its latest failure: nothing
 * for the first `free` failures in the window, then 1 s, 2 s, 4 s… doubling up to `max`.
 * The wait slows guessing without ever locking the account itself: after it, one more try
 * is always allowed, and the right password works.
 */
export function signInDelaySeconds(failures: number, free: number, max: number): number {
  if (failures <= free) return 0;
  return Math.min(max, 2 ** Math.min(30, failures - free - 1));
}

/** The window sign-in failures are counted over. */
export const SIGN_IN_WINDOW_SECONDS = 3600;
