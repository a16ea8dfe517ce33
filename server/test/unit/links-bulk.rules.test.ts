import { describe, expect, it } from 'vitest';
import { checkIds, idsFromCsv, requestHash } from '../../src/modules/bulk/bulk.rules';
import {
  hashLinkToken,
  linkRefusal,
  linkUrl,
  looksLikeToken,
  newLinkToken,
} from '../../src/modules/links/links.rules';
import { localMonths, offsetSpans, rangeProblem } from '../../src/modules/reports/reports.rules';

describe('link tokens', () => {
  it('are 256 random bits, URL-safe, stored only as a hash', () => {
    const a = newLinkToken();
    expect(looksLikeToken(a)).toBe(true);
    expect(a).not.toBe(newLinkToken());
    expect(hashLinkToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeToken(a + 'x')).toBe(false);
    expect(linkUrl('https://r.example.com/', a)).toBe(
      `https://r.example.com/portal/extend?token=${a}`,
    );
  });

  it('say why a link cannot be used, used first', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const ok = {
      expiresAt: new Date('2026-06-02'),
      usedAt: null,
      rewardStatus: 'ACTIVE' as const,
      extendedByCustomer: false,
    };
    expect(linkRefusal(ok, now)).toBeNull();
    expect(linkRefusal({ ...ok, usedAt: now, expiresAt: new Date(0) }, now)).toMatch(
      /already used/,
    );
    expect(linkRefusal({ ...ok, expiresAt: new Date('2026-05-31') }, now)).toMatch(/expired/);
    expect(linkRefusal({ ...ok, rewardStatus: 'VOIDED' }, now)).toMatch(/no longer available/);
    expect(linkRefusal({ ...ok, rewardStatus: 'USED' }, now)).toMatch(/used in full/);
    expect(linkRefusal({ ...ok, extendedByCustomer: true }, now)).toMatch(/already been extended/);
  });
});

describe('bulk input', () => {
  it('bounds the list', () => {
    expect(checkIds([])).toMatchObject({ ok: false });
    expect(checkIds(Array.from({ length: 100_001 }, (_, i) => `${i}`))).toMatchObject({
      ok: false,
    });
    expect(checkIds([' A ', 'B'])).toEqual({ ok: true, ids: ['A', 'B'] });
    expect(checkIds(['A', ''])).toMatchObject({ ok: false, reason: 'Row 2 has no external id.' });
  });

  it('reads the id column of a CSV, quoted fields and a BOM included', () => {
    expect(idsFromCsv('\ufeffName,External_ID\n"Lee, J",C1\nKim,C2\n')).toEqual({
      ok: true,
      ids: ['C1', 'C2'],
    });
    expect(idsFromCsv('name,email\nA,a@b\n')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no external id column/),
    });
    expect(idsFromCsv('code\nC1\n', 'Code')).toEqual({ ok: true, ids: ['C1'] });
    expect(idsFromCsv('id\n"unterminated\n')).toMatchObject({ ok: false });
  });

  it('fingerprints a request by what it asks for', () => {
    const base = { definitionId: 'd', value: null, reason: 'r', ids: ['A', 'B'] };
    expect(requestHash(base)).toBe(requestHash({ ...base }));
    expect(requestHash(base)).not.toBe(requestHash({ ...base, ids: ['A', 'C'] }));
  });
});

describe('report periods', () => {
  it('splits a range at each DST change, to the minute', () => {
    const spans = offsetSpans(
      new Date('2026-09-01T00:00:00Z'),
      new Date('2027-05-01T00:00:00Z'),
      'Australia/Melbourne',
    );
    expect(spans).toEqual([
      { until: new Date('2026-10-03T16:00:00Z'), offsetMinutes: 600 },
      { until: new Date('2027-04-03T16:00:00Z'), offsetMinutes: 660 },
      { until: null, offsetMinutes: 600 },
    ]);
    expect(offsetSpans(new Date('2026-01-01'), new Date('2026-12-31'), 'UTC')).toEqual([
      { until: null, offsetMinutes: 0 },
    ]);
  });

  it('cuts a range into brand-local months, the edges at from and to', () => {
    const months = localMonths(
      new Date('2026-09-15T03:00:00Z'),
      new Date('2026-11-10T00:00:00Z'),
      'Australia/Melbourne',
    );
    expect(months).toEqual([
      {
        month: '2026-09',
        from: new Date('2026-09-15T03:00:00Z'),
        // Midnight on 1 October in Melbourne, still on standard time (+10:00).
        to: new Date('2026-09-30T14:00:00Z'),
      },
      // October starts on +10:00 and ends on daylight time (+11:00).
      {
        month: '2026-10',
        from: new Date('2026-09-30T14:00:00Z'),
        to: new Date('2026-10-31T13:00:00Z'),
      },
      {
        month: '2026-11',
        from: new Date('2026-10-31T13:00:00Z'),
        to: new Date('2026-11-10T00:00:00Z'),
      },
    ]);
    // An instant late on 31 December UTC is already January in Melbourne.
    expect(
      localMonths(
        new Date('2026-12-31T20:00:00Z'),
        new Date('2027-01-02T00:00:00Z'),
        'Australia/Melbourne',
      ).map((m) => m.month),
    ).toEqual(['2027-01']);
    expect(localMonths(new Date('2026-01-01'), new Date('2026-01-01'), 'UTC')).toEqual([]);
  });

  it('refuses a DAY range over two years', () => {
    const from = new Date('2024-01-01T00:00:00Z');
    expect(rangeProblem(from, new Date('2026-02-01T00:00:00Z'), 'DAY')).toMatch(/2 years/);
    expect(rangeProblem(from, new Date('2026-02-01T00:00:00Z'), 'MONTH')).toBeNull();
    expect(rangeProblem(from, from, 'DAY')).toMatch(/after/);
  });
});
