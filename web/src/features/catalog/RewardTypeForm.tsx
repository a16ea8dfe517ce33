import { useId, useState } from 'react';
import { FormDialog } from '../../components/FormDialog';
import type { RewardTypeInput, RewardTypeRow_TypeFragment } from '../../graphql/generated/graphql';
import { useCreateRewardType, useUpdateRewardType } from './rewardTypeHooks';

/** Creates a reward type, or edits `existing`. */
export function RewardTypeForm({
  existing,
  onDone,
  onCancel,
}: {
  existing: RewardTypeRow_TypeFragment | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [createType] = useCreateRewardType();
  const [updateType] = useUpdateRewardType();
  const [key, setKey] = useState(existing?.key ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [extensionEnabled, setExtensionEnabled] = useState(existing?.extensionEnabled ?? false);
  const [extensionDays, setExtensionDays] = useState(String(existing?.extensionDays ?? 30));

  function submit() {
    if (!/^\d+$/.test(extensionDays.trim())) return 'Extension days: enter a whole number.';
    const input: RewardTypeInput = {
      key: key.trim(),
      name: name.trim(),
      description: description.trim() || null,
      extensionEnabled,
      extensionDays: Number(extensionDays),
    };
    return send(input);
  }

  async function send(input: RewardTypeInput) {
    if (existing) await updateType({ variables: { id: existing.id, input } });
    else await createType({ variables: { input } });
    onDone();
  }

  return (
    <FormDialog
      submitLabel={existing ? 'Save reward type' : 'Create reward type'}
      submittingLabel="Saving…"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-key`}>Key</label>
          <input
            id={`${id}-key`}
            value={key}
            required
            readOnly={!!existing}
            aria-describedby={`${id}-key-hint`}
            onChange={(event) => setKey(event.target.value)}
          />
          <p id={`${id}-key-hint`} className="field-hint">
            {existing
              ? 'The key cannot change after creation.'
              : 'Lower-case words joined by hyphens, e.g. win-back.'}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={name}
            required
            onChange={(event) => setName(event.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <div className="form-grid">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={extensionEnabled}
            onChange={(event) => setExtensionEnabled(event.target.checked)}
          />
          Customers may extend through a portal link
        </label>
        <div className="field">
          <label htmlFor={`${id}-days`}>Extension days</label>
          <input
            id={`${id}-days`}
            type="number"
            min={0}
            step={1}
            value={extensionDays}
            onChange={(event) => setExtensionDays(event.target.value)}
          />
        </div>
      </div>
    </FormDialog>
  );
}
