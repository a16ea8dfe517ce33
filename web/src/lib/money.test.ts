import { describe, expect, it } from 'vitest';
import {
  currencySymbol,
  formatMoney,
  formatSignedMoney,
  minorDigits,
  moneyToInput,
  parseMoney,
} from './money';

function amount(input: string, currency = 'AUD', options?: { allowZero?: boolean }): number {
  const result = parseMoney(input, currency, options);
  if (!result.ok) throw new Error(`expected ${input} to parse, got: ${result.error}`);
  return result.amount;
}

function rejection(input: string, currency = 'AUD'): string {
  const result = parseMoney(input, currency);
  if (result.ok) throw new Error(`expected ${input} to be rejected, got ${result.amount}`);
  return result.error;
}

describe('parseMoney', () => {
  it('reads "10", "10.5", "$10" and "A$10.00" as the same kind of amount', () => {
    expect(amount('10')).toBe(1000);
    expect(amount('10.5')).toBe(1050);
    expect(amount('$10')).toBe(1000);
    expect(amount('A$10.00')).toBe(1000);
    expect(amount('a$ 10.00')).toBe(1000);
    expect(amount('10 AUD')).toBe(1000);
    expect(amount('AUD 10')).toBe(1000);
    expect(amount('US$10', 'USD')).toBe(1000);
    expect(amount('$10', 'USD')).toBe(1000);
    expect(amount('€10', 'EUR')).toBe(1000);
  });

  it('parses whole amounts and decimals into integer minor units', () => {
    expect(amount('12')).toBe(1200);
    expect(amount('12.3')).toBe(1230);
    expect(amount('12.34')).toBe(1234);
    expect(amount(' 7.05 ')).toBe(705);
    expect(amount('.5')).toBe(50);
    expect(amount('1.')).toBe(100);
    expect(amount('0012.00')).toBe(1200);
  });

  it('is exact where floating point is not', () => {
    // 0.1 + 0.2 !== 0.3 and 4.35 * 100 === 434.99999999999994 in floating point.
    expect(amount('0.1') + amount('0.2')).toBe(amount('0.3'));
    expect(amount('4.35')).toBe(435);
    expect(amount('1.15')).toBe(115);
    expect(amount('0.29')).toBe(29);
    expect(amount('19.99')).toBe(1999);
  });

  it('uses the currency’s own minor units: none for JPY, three for KWD', () => {
    expect(amount('500', 'JPY')).toBe(500);
    expect(amount('¥1,500', 'JPY')).toBe(1500);
    expect(rejection('500.5', 'JPY')).toBe('JPY has no smaller unit: enter a whole amount.');
    expect(amount('1.250', 'KWD')).toBe(1250);
    expect(amount('KWD 1.25', 'KWD')).toBe(1250);
    expect(amount('2', 'KWD')).toBe(2000);
    expect(rejection('1.2505', 'KWD')).toBe('Use at most 3 decimal places.');
  });

  it('rejects more decimal places than the currency has instead of rounding', () => {
    expect(rejection('12.345')).toBe('Use at most 2 decimal places.');
    expect(rejection('0.001')).toBe('Use at most 2 decimal places.');
  });

  it('refuses another currency’s symbol', () => {
    expect(rejection('€10')).toBe('Enter the amount in AUD, such as 12.50.');
    expect(rejection('US$10')).toMatch(/in AUD/);
    expect(rejection('$10', 'JPY')).toBe('Enter the amount in JPY, such as 1200.');
  });

  it('rejects negative, zero, empty and malformed amounts', () => {
    expect(rejection('-1')).toMatch(/negative/);
    expect(rejection('$-1')).toMatch(/negative/);
    expect(rejection('-0.50')).toMatch(/negative/);
    expect(rejection('0')).toMatch(/more than 0/);
    expect(rejection('$0.00')).toMatch(/more than 0/);
    expect(rejection('')).toBe('Enter an amount.');
    for (const bad of ['abc', '1e3', '12.3.4', '.', '+5', '1 000', 'NaN', 'Infinity', '$']) {
      expect(parseMoney(bad, 'AUD').ok).toBe(false);
    }
  });

  it('allows zero only when asked to', () => {
    expect(amount('0', 'AUD', { allowZero: true })).toBe(0);
    expect(amount('$0.00', 'AUD', { allowZero: true })).toBe(0);
  });

  it('accepts thousands separators only between groups of three digits', () => {
    expect(amount('1,000.50')).toBe(100050);
    expect(amount('A$12,345,678')).toBe(1234567800);
    expect(rejection('1,00.50')).toMatch(/groups of three/);
    expect(rejection('10,00')).toMatch(/groups of three/);
    expect(rejection('1,000.505')).toMatch(/2 decimal places/);
  });

  it('rejects amounts above the largest 32-bit integer of minor units, said in money', () => {
    expect(amount('21474836.47')).toBe(2147483647);
    expect(rejection('21474836.48')).toBe('The amount is too large: at most A$21,474,836.47.');
    expect(rejection('99999999999999999999')).toMatch(/too large/);
    expect(amount('2147483647', 'JPY')).toBe(2147483647);
    expect(rejection('2147483648', 'JPY')).toMatch(/¥2,147,483,647/);
  });
});

describe('money display', () => {
  it('knows each currency’s minor units', () => {
    expect(minorDigits('AUD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(minorDigits('BHD')).toBe(3);
  });

  it('turns minor units back into an exact amount for inputs', () => {
    expect(moneyToInput(1234, 'AUD')).toBe('12.34');
    expect(moneyToInput(5, 'AUD')).toBe('0.05');
    expect(moneyToInput(500, 'AUD')).toBe('5.00');
    expect(moneyToInput(-1050, 'AUD')).toBe('-10.50');
    expect(moneyToInput(500, 'JPY')).toBe('500');
    expect(moneyToInput(1250, 'KWD')).toBe('1.250');
    expect(moneyToInput(5, 'KWD')).toBe('0.005');
  });

  it('formats minor units with Intl.NumberFormat and the currency’s own decimals', () => {
    expect(formatMoney(1234, 'AUD')).toBe('A$12.34');
    expect(formatMoney(5000, 'AUD')).toBe('A$50.00');
    expect(formatMoney(1234, 'USD')).toBe('$12.34');
    expect(formatMoney(500, 'JPY')).toBe('¥500');
    expect(formatMoney(1250, 'KWD')).toMatch(/^KWD\s1\.250$/);
    expect(formatMoney(123456789, 'AUD')).toBe('A$1,234,567.89');
    expect(formatSignedMoney(1000, 'AUD')).toBe('+A$10.00');
    expect(formatSignedMoney(-450, 'AUD')).toBe('-A$4.50');
    expect(formatSignedMoney(0, 'AUD')).toBe('A$0.00');
  });

  it('names a currency by the symbol its amounts are shown with', () => {
    expect(currencySymbol('AUD')).toBe('A$');
    expect(currencySymbol('JPY')).toBe('¥');
  });
});
