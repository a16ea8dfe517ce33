import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { ReasonField } from '../../components/ReasonField';
import { graphql } from '../../graphql/generated';
import type { IssueRewardInput } from '../../graphql/generated/graphql';
import { endOfLocalDay, startOfLocalDay } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { centsToDollarsInput, formatMoney, parseDollarsToCents } from '../../lib/money';
import { expiryRule } from './expiryRule';
import { useIssueReward } from './useIssueReward';

export const IssuableDefinitionsQuery = graphql(`
  query IssuableDefinitions {
    rewardDefinitions {
      id
      handle
      name
      archived
      value {
        amount
        currency
      }
      expiryPeriod
      expiryUnit
      absoluteExpiry
    }
  }
`);

/**
 * Issues a reward to one profile. The idempotency key is made once when the form opens, so a
 * double click or a retry after a lost response cannot issue twice.
 */
export function IssueRewardForm({
  profileId,
  timezone,
  onIssued,
  onCancel,
}: {
  profileId: string;
  /** The profile's zone: dates entered here end (or start) in it. */
  timezone: string;
  onIssued: (message: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const definitions = useQuery(IssuableDefinitionsQuery, { fetchPolicy: 'cache-and-network' });
  const [issueReward] = useIssueReward();
  const [definitionId, setDefinitionId] = useState('');
  const [value, setValue] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [activatesOn, setActivatesOn] = useState('');
  const [reason, setReason] = useState('');

  const options = (definitions.data?.rewardDefinitions ?? []).filter((d) => !d.archived);
  const selected = options.find((d) => d.id === definitionId);

  function submit() {
    if (!selected) return 'Choose a reward definition.';
    if (!reason.trim()) return 'Give a reason.';
    const input: IssueRewardInput = {
      profileId,
      definitionId: selected.id,
      reason: reason.trim(),
      idempotencyKey,
    };
    if (value.trim()) {
      const parsed = parseDollarsToCents(value);
      if (!parsed.ok) return `Value: ${parsed.error}`;
      input.value = parsed.cents;
    }
    if (expiresOn) {
      const expiresAt = endOfLocalDay(expiresOn, timezone);
      if (!expiresAt) return 'Expiry: enter a valid date.';
      input.expiresAt = expiresAt;
    }
    if (activatesOn) {
      const activatesAt = startOfLocalDay(activatesOn, timezone);
      if (!activatesAt) return 'Activation: enter a valid date.';
      input.activatesAt = activatesAt;
    }
    return send(input);
  }

  async function send(input: IssueRewardInput) {
    const { data } = await issueReward({ variables: { input } });
    const result = data?.issueReward;
    switch (result?.__typename) {
      case 'Reward':
        onIssued(
          `Issued ${formatMoney(result.valueInitial.amount, result.valueInitial.currency)} ` +
            `“${result.definition.name}”.`,
        );
        return;
      case 'IssueLimitExceededError':
        return `${result.message} (limit ${formatMoney(result.limit.amount, result.limit.currency)})`;
      case 'NotFoundError':
      case 'IdempotencyConflictError':
        return result.message;
    }
  }

  return (
    <FormDialog
      submitLabel="Issue reward"
      submittingLabel="Issuing…"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="field">
        <label htmlFor={`${id}-definition`}>Reward definition</label>
        <select
          id={`${id}-definition`}
          value={definitionId}
          required
          onChange={(event) => setDefinitionId(event.target.value)}
        >
          <option value="">
            {definitions.loading ? 'Loading definitions…' : 'Choose a definition'}
          </option>
          {options.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name} — {formatMoney(d.value.amount, d.value.currency)}, {expiryRule(d)}
            </option>
          ))}
        </select>
        {definitions.error && <ErrorAlert message={errorMessage(definitions.error)} />}
        {definitions.data && options.length === 0 && (
          <p className="field-hint">There are no active definitions. Create one first.</p>
        )}
      </div>
      <div className="form-grid">
        <TextField
          label={`Value override (${selected?.value.currency ?? 'dollars'})`}
          inputMode="decimal"
          placeholder={selected ? centsToDollarsInput(selected.value.amount) : 'Definition value'}
          value={value}
          onChange={setValue}
        />
        <TextField
          label="Expiry override"
          type="date"
          value={expiresOn}
          onChange={setExpiresOn}
          hint={`Ends at the end of that day in ${timezone}.`}
        />
        <TextField
          label="Activation date"
          type="date"
          value={activatesOn}
          onChange={setActivatesOn}
          hint="Pending until then; leave empty for now."
        />
      </div>
      <ReasonField required value={reason} onChange={setReason} />
    </FormDialog>
  );
}
