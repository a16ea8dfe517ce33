import { describe, expect, it } from 'vitest';
import { centsToDollarsInput, formatMoney, parseDollarsToCents } from './money';

function cents(input: string, options?: { allowZero?: boolean }): number {
  const result = parseDollarsToCents(input, options);
  if (!result.ok) throw new Error(`expected ${input} to parse, got: ${result.error}`);
  return result.cents;
}

function rejection(input: string): string {
  const result = parseDollarsToCents(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected, got ${result.cents}`);
  return result.error;
}

describe('parseDollarsToCents', () => {
  it('parses whole dollars and one or two decimals into integer cents', () => {
    expect(cents('12')).toBe(1200);
    expect(cents('12.3')).toBe(1230);
    expect(cents('12.34')).toBe(1234);
    expect(cents(' 7.05 ')).toBe(705);
    expect(cents('.5')).toBe(50);
    expect(cents('1.')).toBe(100);
    expect(cents('0012.00')).toBe(1200);
  });

  it('is exact where floating point is not', () => {
    // 0.1 + 0.2 !== 0.3 and 4.35 * 100 === 434.99999999999994 in floating point.
    expect(cents('0.1') + cents('0.2')).toBe(cents('0.3'));
    expect(cents('4.35')).toBe(435);
    expect(cents('1.15')).toBe(115);
    expect(cents('0.29')).toBe(29);
    expect(cents('19.99')).toBe(1999);
    for (const value of [cents('4.35'), cents('1.15'), cents('0.29')]) {
      expect(Number.isInteger(value)).toBe(true);
    }
  });

  it('rejects more than two decimal places instead of rounding', () => {
    expect(rejection('12.345')).toMatch(/2 decimal places/);
    expect(rejection('0.001')).toMatch(/2 decimal places/);
  });

  it('rejects negative, zero, empty and malformed amounts', () => {
    expect(rejection('-1')).toMatch(/negative/);
    expect(rejection('-0.50')).toMatch(/negative/);
    expect(rejection('0')).toMatch(/more than 0/);
    expect(rejection('0.00')).toMatch(/more than 0/);
    expect(rejection('')).toMatch(/Enter an amount/);
    for (const bad of ['abc', '1e3', '12.3.4', '.', '$5', '+5', '1 000', 'NaN', 'Infinity']) {
      expect(parseDollarsToCents(bad).ok).toBe(false);
    }
  });

  it('allows zero only when asked to', () => {
    expect(cents('0', { allowZero: true })).toBe(0);
    expect(cents('0.00', { allowZero: true })).toBe(0);
  });

  it('accepts thousands separators only between groups of three digits', () => {
    expect(cents('1,000.50')).toBe(100050);
    expect(cents('12,345,678')).toBe(1234567800);
    expect(rejection('1,00.50')).toMatch(/groups of three/);
    expect(rejection('10,00')).toMatch(/groups of three/);
    expect(rejection('1,000.505')).toMatch(/2 decimal places/);
  });

  it('rejects amounts above the largest 32-bit integer of cents', () => {
    expect(cents('21474836.47')).toBe(2147483647);
    expect(rejection('21474836.48')).toMatch(/too large/);
    expect(rejection('99999999999999999999')).toMatch(/too large/);
  });
});

describe('money display', () => {
  it('turns cents back into an exact dollar string for inputs', () => {
    expect(centsToDollarsInput(1234)).toBe('12.34');
    expect(centsToDollarsInput(5)).toBe('0.05');
    expect(centsToDollarsInput(500)).toBe('5.00');
    expect(centsToDollarsInput(-1050)).toBe('-10.50');
  });

  it('formats cents as currency', () => {
    const expected = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'AUD' });
    expect(formatMoney(1234, 'AUD')).toBe(expected.format(12.34));
    expect(formatMoney(1234, 'AUD')).toMatch(/12\.34/);
  });
});
