import { describe, expect, it } from 'vitest';
import {
  checkEndpointUrl,
  eventForEntry,
  isPrivateAddress,
  nextAttemptAt,
  shouldDisable,
} from '../../src/modules/webhooks/webhooks.rules';

const HOUR = 3_600_000;

describe('retry timing', () => {
  const created = new Date('2026-01-01T00:00:00Z');
  const until = new Date(created.getTime() + 24 * HOUR);

  it('backs off exponentially, with half of each delay random', () => {
    const at = (failures: number, r: number) =>
      nextAttemptAt(failures, until, created, () => r)!.getTime() - created.getTime();
    expect([at(1, 0), at(1, 1)]).toEqual([15_000, 30_000]);
    expect([at(2, 0), at(2, 1)]).toEqual([30_000, 60_000]);
    expect([at(5, 0), at(5, 1)]).toEqual([240_000, 480_000]);
    // Capped at two hours.
    expect(at(20, 1)).toBe(2 * HOUR);
  });

  it('gives up once the next try falls past the retry window', () => {
    const late = new Date(until.getTime() - 60_000);
    expect(nextAttemptAt(10, until, late, () => 0)).toBeNull();
    expect(nextAttemptAt(1, until, new Date(until.getTime() - 31_000), () => 1)).not.toBeNull();
  });

  it('disables after 24 hours of failures, not before', () => {
    const now = new Date(created.getTime() + 24 * HOUR);
    expect(shouldDisable(null, now)).toBe(false);
    expect(shouldDisable(new Date(now.getTime() - 24 * HOUR + 1), now)).toBe(false);
    expect(shouldDisable(created, now)).toBe(true);
  });
});

describe('events from the ledger', () => {
  it('announces issue, redeem, extend, void and expire; reversals and returns go by redemption', () => {
    expect(
      ['ISSUE', 'REDEEM', 'EXTEND', 'VOID', 'EXPIRE', 'REVERSAL', 'RETURN'].map(eventForEntry),
    ).toEqual([
      'reward.issued',
      'reward.redeemed',
      'reward.extended',
      'reward.voided',
      'reward.expired',
      null,
      null,
    ]);
  });
});

describe('endpoint URLs', () => {
  it('must be http(s) without credentials', () => {
    expect(checkEndpointUrl('https://hooks.example.com/x', false)).toEqual({
      ok: true,
      url: 'https://hooks.example.com/x',
    });
    for (const bad of [
      'ftp://example.com',
      'javascript:alert(1)',
      'example.com/x',
      'https://a:b@example.com',
    ]) {
      expect(checkEndpointUrl(bad, true).ok, bad).toBe(false);
    }
  });

  it('may not name loopback or private hosts unless allowed', () => {
    for (const host of [
      'localhost',
      'api.localhost',
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '[::1]',
      '[fd00::1]',
      '[fe80::1]',
      '[::ffff:127.0.0.1]',
    ]) {
      expect(checkEndpointUrl(`http://${host}/hook`, false).ok, host).toBe(false);
      expect(checkEndpointUrl(`http://${host}/hook`, true).ok, host).toBe(true);
    }
    expect(checkEndpointUrl('http://172.32.0.1/hook', false).ok).toBe(true);
    expect(checkEndpointUrl('http://8.8.8.8/hook', false).ok).toBe(true);
  });

  it('knows private addresses in both families', () => {
    expect(isPrivateAddress('192.168.0.10')).toBe(true);
    expect(isPrivateAddress('::ffff:10.0.0.1')).toBe(true);
    expect(isPrivateAddress('2606:4700::1111')).toBe(false);
    expect(isPrivateAddress('1.1.1.1')).toBe(false);
  });
});
