import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MoneyField, SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { ReasonField } from '../../components/ReasonField';
import { graphql } from '../../graphql/generated';
import type { IssueRewardInput } from '../../graphql/generated/graphql';
import { endOfLocalDay, startOfLocalDay } from '../../lib/dates';
import { errorMessage, humanMessage, type Refusal } from '../../lib/errors';
import { formatMoney, moneyToInput, parseMoney } from '../../lib/money';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { useRoleOrNull } from '../auth/role';
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

/** The MANAGER issue limits, shown before submitting. */
export const IssueLimitsQuery = graphql(`
  query IssueLimits {
    settings {
      defaultTimezone
      managerIssueLimit
      managerDailyIssueLimit
    }
  }
`);

/**
 * Issues a reward to one profile. The idempotency key is made once when the form opens, so a
 * double click or a retry after a lost response cannot issue twice. A manager sees their limits
 * before submitting, and a value above the single limit is refused next to the field.
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
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const definitions = useQuery(IssuableDefinitionsQuery, { fetchPolicy: 'cache-and-network' });
  const role = useRoleOrNull();
  const limits = useQuery(IssueLimitsQuery, { skip: role !== 'MANAGER' }).data?.settings;
  const [issueReward] = useIssueReward();
  const [definitionId, setDefinitionId] = useState('');
  const [value, setValue] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [activatesOn, setActivatesOn] = useState('');
  const [reason, setReason] = useState('');

  const options = (definitions.data?.rewardDefinitions ?? []).filter((d) => !d.archived);
  const selected = options.find((d) => d.id === definitionId);
  const currency = selected?.value.currency ?? 'AUD';
  const errors = useFieldErrors({
    definitionId: { label: 'Reward definition' },
    value: { label: 'Value override', currency },
    expiresAt: { label: 'Expiry override' },
    activatesAt: { label: 'Activation date' },
    reason: { label: 'Reason' },
  });

  const limitHint =
    limits &&
    `Managers can issue up to ${formatMoney(limits.managerIssueLimit, currency)} per reward and ` +
      `${formatMoney(limits.managerDailyIssueLimit, currency)} a day ` +
      `(days in ${limits.defaultTimezone}).`;

  function submit(): Refusal | Promise<Refusal | string | void> {
    const fields: Record<string, string> = {};
    if (!selected) fields.definitionId = 'Choose a reward definition.';
    if (!reason.trim()) fields.reason = 'Give a reason.';
    const input: IssueRewardInput = {
      profileId,
      definitionId: selected?.id ?? '',
      reason: reason.trim(),
      idempotencyKey,
    };
    if (value.trim()) {
      const parsed = parseMoney(value, currency);
      if (!parsed.ok) fields.value = parsed.error;
      else input.value = parsed.amount;
    }
    const amount = input.value ?? selected?.value.amount;
    if (limits && amount !== undefined && amount > limits.managerIssueLimit && !fields.value) {
      fields.value =
        `Managers can issue at most ${formatMoney(limits.managerIssueLimit, currency)} ` +
        'in one reward.';
    }
    if (expiresOn) {
      const expiresAt = endOfLocalDay(expiresOn, timezone);
      if (!expiresAt) fields.expiresAt = 'Enter a valid date.';
      else input.expiresAt = expiresAt;
    }
    if (activatesOn) {
      const activatesAt = startOfLocalDay(activatesOn, timezone);
      if (!activatesAt) fields.activatesAt = 'Enter a valid date.';
      else input.activatesAt = activatesAt;
    }
    if (Object.keys(fields).length > 0) return { fields };
    return send(input);
  }

  async function send(input: IssueRewardInput): Promise<Refusal | string | void> {
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
        // The server says which limit, in money, and what is left today.
        return {
          fields: {
            value: humanMessage(result.message, { name: 'value', ...errors.fields.value }),
          },
        };
      case 'NotFoundError':
      case 'IdempotencyConflictError':
        return humanMessage(result.message);
    }
  }

  return (
    <FormDialog
      submitLabel="Issue reward"
      submittingLabel="Issuing…"
      onSubmit={submit}
      onCancel={onCancel}
      fieldErrors={errors}
    >
      <SelectField
        label="Reward definition"
        value={definitionId}
        required
        {...errors.bind('definitionId', setDefinitionId)}
      >
        <option value="">
          {definitions.loading ? 'Loading definitions…' : 'Choose a definition'}
        </option>
        {options.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name} — {formatMoney(d.value.amount, d.value.currency)}, {expiryRule(d, timezone)}
          </option>
        ))}
      </SelectField>
      {definitions.error && <ErrorAlert message={errorMessage(definitions.error)} />}
      {definitions.data && options.length === 0 && (
        <p className="field-hint">There are no active definitions. Create one first.</p>
      )}
      <div className="form-grid">
        <MoneyField
          label="Value override"
          currency={currency}
          placeholder={
            selected ? moneyToInput(selected.value.amount, currency) : 'Definition value'
          }
          value={value}
          hint={limitHint ?? undefined}
          {...errors.bind('value', setValue)}
        />
        <TextField
          label="Expiry override"
          type="date"
          value={expiresOn}
          hint={`Ends at the end of that day in ${timezone}.`}
          {...errors.bind('expiresAt', setExpiresOn)}
        />
        <TextField
          label="Activation date"
          type="date"
          value={activatesOn}
          hint="Pending until then; leave empty for now."
          {...errors.bind('activatesAt', setActivatesOn)}
        />
      </div>
      <ReasonField required value={reason} {...errors.bind('reason', setReason)} />
    </FormDialog>
  );
}
