import { useState } from 'react';
import { Checkbox, TextAreaField, TextField, WholeNumberField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import type { RewardTypeInput, RewardTypeRow_TypeFragment } from '../../graphql/generated/graphql';
import type { Refusal } from '../../lib/errors';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { useCreateRewardType, useUpdateRewardType } from './rewardTypeHooks';

const FIELDS = {
  key: { label: 'Key' },
  name: { label: 'Name' },
  description: { label: 'Description' },
  extensionDays: { label: 'Extension days' },
};

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
  const errors = useFieldErrors(FIELDS);
  const [createType] = useCreateRewardType();
  const [updateType] = useUpdateRewardType();
  const [key, setKey] = useState(existing?.key ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [extensionEnabled, setExtensionEnabled] = useState(existing?.extensionEnabled ?? false);
  const [extensionDays, setExtensionDays] = useState(String(existing?.extensionDays ?? 30));

  function submit(): Refusal | Promise<void> {
    const fields: Record<string, string> = {};
    if (!key.trim()) fields.key = 'Give a key, such as win-back.';
    if (!name.trim()) fields.name = 'Give a name.';
    if (!/^\d+$/.test(extensionDays.trim())) fields.extensionDays = 'Enter a whole number of days.';
    if (Object.keys(fields).length > 0) return { fields };
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
      fieldErrors={errors}
    >
      <div className="form-grid">
        <TextField
          label="Key"
          value={key}
          required
          readOnly={!!existing}
          hint={
            existing
              ? 'The key cannot change after creation.'
              : 'Lower-case words joined by hyphens, e.g. win-back.'
          }
          {...errors.bind('key', setKey)}
        />
        <TextField label="Name" value={name} required {...errors.bind('name', setName)} />
      </div>
      <TextAreaField
        label="Description"
        value={description}
        {...errors.bind('description', setDescription)}
      />
      <div className="form-grid">
        <Checkbox checked={extensionEnabled} onChange={setExtensionEnabled}>
          Customers may extend through a portal link
        </Checkbox>
        <WholeNumberField
          label="Extension days"
          min={0}
          value={extensionDays}
          {...errors.bind('extensionDays', setExtensionDays)}
        />
      </div>
    </FormDialog>
  );
}
