import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { getFragmentData } from '../../graphql/generated';
import type { ReactionRow_ReactionFragment as Reaction } from '../../graphql/generated/graphql';
import { errorMessage, humanMessage } from '../../lib/errors';
import { useTimeZone } from '../../lib/timeZone';
import { permissions, useRole } from '../auth/role';
import { useBrandDefaults } from '../settings/brandDefaults';
import { describeCondition } from './condition';
import { definitionProblem, definitionTerms } from './definitionTerms';
import { describeTrigger } from './events';
import {
  ReactionDefinition_DefinitionFragment,
  ReactionRow_ReactionFragment,
  ReactionsQuery,
} from './queries';
import { ReactionForm } from './ReactionForm';
import { inputOf } from './reactionInput';
import { useUpdateReaction } from './reactionHooks';

/** A custom condition as it is written, shortened for the list. */
function conditionPreview(condition: unknown): string {
  const text = JSON.stringify(condition);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function ReactionRow({
  reaction: r,
  currency,
  canManage,
  busy,
  onEdit,
  onToggle,
}: {
  reaction: Reaction;
  currency: string;
  canManage: boolean;
  busy: boolean;
  onEdit: () => void;
  onToggle: () => void;
}) {
  const timeZone = useTimeZone();
  const definition = getFragmentData(ReactionDefinition_DefinitionFragment, r.definition);
  const condition = describeCondition(r.condition, currency);
  const problem = definitionProblem(definition);
  return (
    <tr className={r.active ? undefined : 'row-paused'}>
      <td data-label="Reaction">
        <span className="reaction-name">{r.name}</span>
      </td>
      <td data-label="Event">{describeTrigger(r, currency)}</td>
      <td className="cell-condition" data-label="Condition">
        {condition.text}
        {condition.kind === 'custom' && (
          <code className="condition-preview">{conditionPreview(r.condition)}</code>
        )}
      </td>
      <td data-label="Issues">
        {definition.name}
        <div className="cell-note">{definitionTerms(definition, timeZone)}</div>
        {problem && <div className="cell-warning">{problem}</div>}
      </td>
      <td data-label="Claimable">
        {r.claimable ? (
          <>
            Yes
            <div className="cell-note">by claim only, once per profile</div>
          </>
        ) : (
          'No'
        )}
      </td>
      <td data-label="Status">
        {r.active ? (
          <span className="status-badge status-active">ACTIVE</span>
        ) : (
          <span className="status-badge status-paused">PAUSED</span>
        )}
      </td>
      <td className="cell-actions">
        {canManage && (
          <>
            <button
              type="button"
              className="button button-small"
              aria-label={`Edit ${r.name}`}
              onClick={onEdit}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button-small"
              aria-label={`${r.active ? 'Pause' : 'Resume'} ${r.name}`}
              disabled={busy}
              onClick={onToggle}
            >
              {busy ? (r.active ? 'Pausing…' : 'Resuming…') : r.active ? 'Pause' : 'Resume'}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

/**
 * The brand's reactions: every rule that issues rewards by itself, paused ones too. An
 * administrator creates, edits, pauses and resumes them; a manager reads them.
 */
export function ReactionsPage() {
  const role = useRole();
  const canManage = permissions.manageReactions(role);
  const currency = useBrandDefaults()?.defaultCurrency ?? 'AUD';
  const { data, error, loading } = useQuery(ReactionsQuery);
  const [updateReaction] = useUpdateReaction();
  const [editing, setEditing] = useState<Reaction | 'new' | null>(null);
  const [toggling, setToggling] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const reactions = getFragmentData(ReactionRow_ReactionFragment, data?.reactions);
  const close = () => setEditing(null);

  async function toggle(reaction: Reaction) {
    const active = !reaction.active;
    setToggling(reaction.id);
    setNotice(null);
    setActionError(null);
    try {
      await updateReaction({
        variables: { id: reaction.id, input: inputOf(reaction, { active }) },
      });
      setNotice(
        active
          ? `Resumed “${reaction.name}”: it issues again.`
          : `Paused “${reaction.name}”: it issues nothing until it is resumed.`,
      );
    } catch (caught) {
      setActionError(
        `Could not ${active ? 'resume' : 'pause'} “${reaction.name}”: ${humanMessage(errorMessage(caught))}`,
      );
    } finally {
      setToggling(null);
    }
  }

  return (
    <div className="page page-wide">
      <title>Reactions · Rewards</title>
      <div className="page-header">
        <h1>Reactions</h1>
        {canManage && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            New reaction
          </button>
        )}
      </div>
      <p className="muted">
        Rewards issued by themselves: when the event happens to a profile and the condition holds,
        the reaction issues a reward from its definition, once per occurrence.
        {canManage ? '' : ' Administrators set them up.'}
      </p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <section className="card" aria-label="Reactions">
        <ErrorAlert message={error ? errorMessage(error) : actionError} />
        {loading && !reactions && <p className="muted">Loading…</p>}
        {reactions && reactions.length === 0 && (
          <p className="empty">
            No reactions yet.
            {canManage
              ? ' Create one to issue a welcome reward, a birthday reward or a reward at a spend milestone by itself.'
              : ''}
          </p>
        )}
        {reactions && reactions.length > 0 && (
          <div className="table-scroll">
            <table className="table table-cards reactions-table">
              <thead>
                <tr>
                  <th>Reaction</th>
                  <th>Event</th>
                  <th>Condition</th>
                  <th>Issues</th>
                  <th>Claimable</th>
                  <th>Status</th>
                  <th>
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {reactions.map((r) => (
                  <ReactionRow
                    key={r.id}
                    reaction={r}
                    currency={currency}
                    canManage={canManage}
                    busy={toggling === r.id}
                    onEdit={() => {
                      setNotice(null);
                      setEditing(r);
                    }}
                    onToggle={() => void toggle(r)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {editing && (
        <Modal
          title={editing === 'new' ? 'New reaction' : `Edit “${editing.name}”`}
          onClose={close}
        >
          <ReactionForm
            existing={editing === 'new' ? null : editing}
            onDone={(message) => {
              close();
              setNotice(message);
            }}
            onCancel={close}
          />
        </Modal>
      )}
    </div>
  );
}
