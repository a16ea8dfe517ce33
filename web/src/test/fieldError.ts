import { screen } from '@testing-library/react';

/**
 * The error shown next to the field labelled `label`: the field must be marked invalid and
 * described by it. Null when the field has no error.
 */
export function fieldError(label: string | RegExp): string | null {
  const control = screen.getByLabelText(label);
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const error = ids
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('field-error'));
  if (!error) {
    if (control.getAttribute('aria-invalid') === 'true') {
      throw new Error(`${String(label)} is marked invalid without a described error`);
    }
    return null;
  }
  if (control.getAttribute('aria-invalid') !== 'true') {
    throw new Error(`${String(label)} has an error but is not marked aria-invalid`);
  }
  return error.textContent;
}
