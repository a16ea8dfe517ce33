import { randomBytes } from 'node:crypto';

let lastMs = 0;
let lastTail = 0n;
const TAIL_BITS = 74n; // 12 bits of rand_a + 62 bits of rand_b
const TAIL_MAX = (1n << TAIL_BITS) - 1n;

/**
 * UUID version 7: time-ordered, so new rows append to the primary-key index instead of
 * scattering, and ids sort in creation order (cursors and ledger order rely on it). Within
 * one millisecond the random tail is incremented, so ids from this process never go backwards.
 */
export function newId(now = Date.now()): string {
  let ms = now;
  let tail: bigint;
  if (ms <= lastMs && lastTail < TAIL_MAX) {
    ms = lastMs;
    tail = lastTail + 1n;
  } else {
    tail = BigInt(`0x${randomBytes(10).toString('hex')}`) & (TAIL_MAX >> 1n);
  }
  lastMs = ms;
  lastTail = tail;
  const randA = Number(tail >> 62n); // 12 bits
  const randB = tail & ((1n << 62n) - 1n);
  const hex =
    ms.toString(16).padStart(12, '0') +
    (0x7000 | randA).toString(16).padStart(4, '0') +
    (0x8000000000000000n | randB).toString(16).padStart(16, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
