import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { humanMessage, refusalOf } from './errors';

function graphQLErrors(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ errors });
}

describe('server errors in people’s words', () => {
  it('writes amounts in cents as money in the field’s currency', () => {
    expect(
      humanMessage('The balance covers 2500 cents.', {
        name: 'amount',
        label: 'Amount',
        currency: 'AUD',
      }),
    ).toBe('The balance covers A$25.00.');
    expect(
      humanMessage('value must be a positive whole number of cents (at most 2147483647)', {
        name: 'value',
        label: 'Value',
        currency: 'JPY',
      }),
    ).toBe('Enter an amount more than 0 and at most ¥2,147,483,647.');
    expect(
      humanMessage('managerIssueLimit must be a whole number from 0 to 100000', {
        name: 'managerIssueLimit',
        label: 'Manager single issue limit',
        currency: 'KWD',
      }),
    ).toMatch(/^Enter an amount from KWD\s0\.000 to KWD\s100\.000\.$/);
  });

  it('leaves out the field’s code name and says what to do', () => {
    expect(
      humanMessage("defaultTimezone 'Melbourne' is not an IANA time zone", {
        name: 'defaultTimezone',
        label: 'Default time zone',
      }),
    ).toBe('“Melbourne” is not a time zone; pick one.');
    expect(
      humanMessage('maxRedemptionPercent must be a whole number from 1 to 100', {
        name: 'maxRedemptionPercent',
        label: 'Maximum redemption percent',
      }),
    ).toBe('Enter a whole number from 1 to 100.');
    expect(
      humanMessage('reason must be at most 500 characters', { name: 'reason', label: 'Reason' }),
    ).toBe('Use at most 500 characters.');
    expect(humanMessage('handle is required', { name: 'handle', label: 'Handle' })).toBe(
      'Fill this in.',
    );
    expect(
      humanMessage("A reward type with key 'birthday' already exists.", {
        name: 'key',
        label: 'Key',
      }),
    ).toBe("A reward type with key 'birthday' already exists.");
  });

  it('names roles in words', () => {
    expect(humanMessage('A MANAGER may not do this.')).toBe('A manager may not do this.');
    expect(humanMessage('Only an ADMIN may create definitions')).toBe(
      'Only an administrator may create definitions.',
    );
  });
});

describe('refusalOf', () => {
  const fields = {
    defaultTimezone: { label: 'Default time zone' },
    minimumSpend: { label: 'Minimum spend', currency: 'AUD' },
  };

  it('puts an error next to the field the server names', () => {
    const refusal = refusalOf(
      graphQLErrors({
        message: "defaultTimezone 'Melbourne' is not an IANA time zone",
        extensions: { code: 'BAD_USER_INPUT', field: 'defaultTimezone' },
      }),
      fields,
    );
    expect(refusal).toEqual({
      fields: { defaultTimezone: '“Melbourne” is not a time zone; pick one.' },
    });
  });

  it('maps validation errors naming several fields, each to its field', () => {
    const refusal = refusalOf(
      graphQLErrors({
        message: 'minimumSpend must be a whole number from 0 to 2147483647',
        extensions: { code: 'BAD_USER_INPUT', fields: ['minimumSpend'] },
      }),
      fields,
    );
    expect(refusal.fields.minimumSpend).toBe('Enter an amount from A$0.00 to A$21,474,836.47.');
  });

  it('keeps for the form what names no field of it, and says FORBIDDEN in words', () => {
    expect(
      refusalOf(
        graphQLErrors({ message: 'No profile with id x.', extensions: { field: 'id' } }),
        fields,
      ),
    ).toEqual({ fields: {}, message: 'No profile with id x.' });
    expect(
      refusalOf(
        graphQLErrors({
          message: 'You are not allowed to do this.',
          extensions: { code: 'FORBIDDEN' },
        }),
        fields,
      ).message,
    ).toBe('Your role does not allow this. Ask an administrator.');
    expect(refusalOf(new Error('Failed to fetch'), fields).message).toMatch(/could not be reached/);
  });
});
