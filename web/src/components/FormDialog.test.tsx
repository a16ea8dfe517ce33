import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FormDialog, type FormSubmit } from './FormDialog';

function renderDialog(onSubmit: FormSubmit, canSubmit = true) {
  const onCancel = vi.fn();
  render(
    <FormDialog
      submitLabel="Save"
      submittingLabel="Saving…"
      canSubmit={canSubmit}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <input aria-label="Name" />
    </FormDialog>,
  );
  return onCancel;
}

describe('form dialog', () => {
  it('shows a refusal from the field checks at once, without a submitting state', () => {
    renderDialog(() => 'Give a name.');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('Give a name.');
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false);
  });

  it('sends once on a double click and shows what the server refused', async () => {
    let resolve: (message: string) => void = () => {};
    const onSubmit = vi.fn(() => new Promise<string>((r) => (resolve = r)));
    renderDialog(onSubmit);
    const button = screen.getByRole('button', { name: 'Save' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Saving…' })).toHaveProperty('disabled', true);
    resolve('Not allowed.');
    expect((await screen.findByRole('alert')).textContent).toBe('Not allowed.');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false);
  });

  it('says the server could not be reached when sending fails', async () => {
    renderDialog(() => Promise.reject(new Error('Network down')));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('could not be reached'),
    );
  });

  it('keeps submit disabled until it may be sent, and cancels', () => {
    const onCancel = renderDialog(() => Promise.resolve(undefined), false);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
