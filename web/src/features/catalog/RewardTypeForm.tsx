import { useId, useState } from 'react';
import { Checkbox, TextAreaField, TextField, WholeNumberField } from '../../components/Field';
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
        <TextField label="Name" value={name} required onChange={setName} />
      </div>
      <TextAreaField label="Description" value={description} onChange={setDescription} />
      <div className="form-grid">
        <Checkbox checked={extensionEnabled} onChange={setExtensionEnabled}>
          Customers may extend through a portal link
        </Checkbox>
        <WholeNumberField
          label="Extension days"
          min={0}
          value={extensionDays}
          onChange={setExtensionDays}
        />
      </div>
    </FormDialog>
  );
}
