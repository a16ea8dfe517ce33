import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated';
import type { DeliveryRow_DeliveryFragment as Delivery } from '../../graphql/generated/graphql';
import { formatInstant, formatSpan } from '../../lib/dates';
import { errorMessage, humanMessage } from '../../lib/errors';
import { useNow } from '../../lib/useNow';
import { useTimeZone } from '../../lib/timeZone';
import { WebhookDeliveriesQuery, useRedeliverWebhook } from './queries';
import { DELIVERY_STATUS_NOTES, deliveryStatus, eventName, formatDurationMs } from './words';

export const DELIVERIES_PAGE_SIZE = 20;
/** While a delivery waits for an attempt due soon, its page is asked again this often. */
export const SOON_POLL_MS = 2_000;
/** The newest page is asked again this often anyway, for new events. */
export const IDLE_POLL_MS = 15_000;
const SOON_MS = 60_000;

export const DeliveryRow_DeliveryFragment = graphql(`
  fragment DeliveryRow_delivery on WebhookDelivery {
    id
    eventType
    status
    createdAt
    attemptCount
    lastStatusCode
    nextAttemptAt
    deliveredAt
    messageId
    payload
    attempts {
      attemptedAt
      durationMs
      statusCode
      succeeded
      error
    }
  }
`);

const COLUMNS = 7;

/** The payload as sent, indented for reading. */
function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function Attempts({ delivery }: { delivery: Delivery }) {
  const timeZone = useTimeZone();
  if (delivery.attempts.length === 0) return <p className="muted">No attempt yet.</p>;
  return (
    <table className="table table-compact table-cards" aria-label="Attempts">
      <thead>
        <tr>
          <th>Attempted</th>
          <th>Answer</th>
          <th className="num">Took</th>
          <th>Error</th>
        </tr>
      </thead>
      <tbody>
        {delivery.attempts.map((a, i) => (
          <tr key={i}>
            <td data-label="Attempted">{formatInstant(a.attemptedAt, timeZone)}</td>
            <td data-label="Answer">
              {a.statusCode === null ? (
                <span className="muted">No answer</span>
              ) : (
                <>
                  HTTP {a.statusCode}
                  {a.succeeded && <span className="muted"> (delivered)</span>}
                </>
              )}
            </td>
            <td className="num" data-label="Took">
              {formatDurationMs(a.durationMs)}
            </td>
            <td className="cell-reason" data-label="Error">
              {a.error ?? <span className="muted">—</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DeliveryRow({
  delivery: masked,
}: {
  delivery: FragmentType<typeof DeliveryRow_DeliveryFragment>;
}) {
  const d = getFragmentData(DeliveryRow_DeliveryFragment, masked);
  const id = useId();
  const timeZone = useTimeZone();
  const now = useNow(30_000);
  const [open, setOpen] = useState(false);
  const [redeliver, { loading }] = useRedeliverWebhook();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const status = deliveryStatus(d.status, d.attemptCount);
  const label = eventName(d.eventType);

  async function sendAgain() {
    setResult(null);
    try {
      const { data } = await redeliver({ variables: { deliveryId: d.id } });
      const answer = data?.redeliverWebhook;
      if (answer?.__typename === 'WebhookDelivery') {
        const queued = getFragmentData(DeliveryRow_DeliveryFragment, answer);
        setResult({
          ok: true,
          message:
            queued.status === 'PAUSED'
              ? 'Queued: it is sent once the webhook is enabled again.'
              : 'Queued to send again now, with the same webhook-id.',
        });
      } else if (answer) {
        setResult({ ok: false, message: humanMessage(answer.message) });
      }
    } catch (caught) {
      setResult({ ok: false, message: `Could not send it again: ${errorMessage(caught)}` });
    }
  }

  const next =
    d.status === 'PENDING' && d.nextAttemptAt ? new Date(d.nextAttemptAt).getTime() : null;
  return (
    <>
      <tr>
        <td data-label="Event">
          <code>{d.eventType}</code>
          <div className="cell-note">{label}</div>
        </td>
        <td data-label="Created">{formatInstant(d.createdAt, timeZone)}</td>
        <td data-label="Status">
          <span className={`status-badge ${status.badge}`}>{status.label}</span>
          {DELIVERY_STATUS_NOTES[d.status] && (
            <div className="cell-note">{DELIVERY_STATUS_NOTES[d.status]}</div>
          )}
        </td>
        <td className="num" data-label="Attempts">
          {d.attemptCount}
        </td>
        <td data-label="Last answer">
          {d.lastStatusCode === null ? (
            <span className="muted">{d.attemptCount > 0 ? 'No answer' : '—'}</span>
          ) : (
            `HTTP ${d.lastStatusCode}`
          )}
        </td>
        <td data-label="Delivered / next">
          {d.deliveredAt ? (
            <>Delivered {formatInstant(d.deliveredAt, timeZone)}</>
          ) : next !== null ? (
            <>
              Next attempt {formatInstant(d.nextAttemptAt!, timeZone)}
              <div className="cell-note">
                {next > now ? `in ${formatSpan(next - now)}` : 'due now'}
              </div>
            </>
          ) : (
            <span className="muted">—</span>
          )}
        </td>
        <td className="cell-actions">
          <button
            type="button"
            className="button button-small"
            aria-expanded={open}
            aria-controls={`${id}-details`}
            aria-label={`${open ? 'Hide details' : 'Details'} of ${d.eventType} of ${formatInstant(d.createdAt, timeZone)}`}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? 'Hide details' : 'Details'}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={loading}
            aria-label={`${loading ? 'Sending…' : 'Redeliver'} ${d.eventType} of ${formatInstant(d.createdAt, timeZone)}`}
            onClick={() => void sendAgain()}
          >
            {loading ? 'Sending…' : 'Redeliver'}
          </button>
          <span
            role="status"
            className={result?.ok === false ? 'cell-result cell-result-error' : 'cell-result'}
          >
            {result?.message ?? ''}
          </span>
        </td>
      </tr>
      <tr id={`${id}-details`} className="delivery-details" hidden={!open}>
        {open && (
          <td colSpan={COLUMNS}>
            <div className="delivery-details-grid">
              <div>
                <h3>Attempts</h3>
                <Attempts delivery={d} />
              </div>
              <div>
                <h3>Payload</h3>
                <p className="cell-note">
                  webhook-id <code>{d.messageId}</code>
                </p>
                <pre className="payload" tabIndex={0} aria-label="Payload sent">
                  {prettyJson(d.payload)}
                </pre>
              </div>
            </div>
          </td>
        )}
      </tr>
    </>
  );
}

export interface PageState {
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
  loading: boolean;
  error: string | null;
}

/** How soon a page should be asked again for what its deliveries are waiting on. */
function pollFor(deliveries: readonly Delivery[], first: boolean, now: number): number {
  const soon = deliveries.some(
    (d) =>
      d.status === 'PENDING' &&
      (!d.nextAttemptAt || new Date(d.nextAttemptAt).getTime() - now < SOON_MS),
  );
  if (soon) return SOON_POLL_MS;
  return first ? IDLE_POLL_MS : 0;
}

/**
 * One page of deliveries, as its own query: it polls on its own and keeps its place, since the
 * page after it starts at its current end cursor (new deliveries arriving on the first page
 * leave no gap or repeat further down).
 */
function DeliveryPage({
  webhookId,
  after,
  index,
  onState,
}: {
  webhookId: string;
  after: string | null;
  index: number;
  onState: (index: number, state: PageState) => void;
}) {
  const now = useNow(10_000);
  const [pollInterval, setPollInterval] = useState(index === 0 ? IDLE_POLL_MS : 0);
  const { data, previousData, error, loading } = useQuery(WebhookDeliveriesQuery, {
    variables: { id: webhookId, first: DELIVERIES_PAGE_SIZE, ...(after ? { after } : {}) },
    fetchPolicy: 'cache-and-network',
    pollInterval,
  });
  // While a new cursor loads, the rows it replaces stay in place.
  const shown = data ?? previousData;
  const connection = shown?.webhook?.deliveries;
  const deliveries = (connection?.edges ?? []).map((e) =>
    getFragmentData(DeliveryRow_DeliveryFragment, e.node),
  );
  const wanted = connection ? pollFor(deliveries, index === 0, now) : pollInterval;
  if (wanted !== pollInterval) setPollInterval(wanted);

  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;
  const totalCount = connection?.totalCount ?? 0;
  const waiting = loading && !connection;
  const failure = error ? errorMessage(error) : null;
  useEffect(() => {
    onState(index, { endCursor, hasNextPage, totalCount, loading: waiting, error: failure });
  }, [onState, index, endCursor, hasNextPage, totalCount, waiting, failure]);

  if (!connection) {
    return (
      <tbody>
        <tr>
          <td colSpan={COLUMNS}>
            {error ? <ErrorAlert message={failure} /> : <span className="muted">Loading…</span>}
          </td>
        </tr>
      </tbody>
    );
  }
  return (
    <tbody>
      {connection.edges.map((edge) => (
        <DeliveryRow key={edge.node.id} delivery={edge.node} />
      ))}
    </tbody>
  );
}

/** A webhook's deliveries, newest first, a page at a time, each with Redeliver. */
export function DeliveriesList({ webhookId }: { webhookId: string }) {
  const id = useId();
  const client = useApolloClient();
  const [refreshing, setRefreshing] = useState(false);
  const [pages, setPages] = useState(1);
  const [states, setStates] = useState<(PageState | undefined)[]>([]);
  const onState = useStableSetter(setStates);
  const first = states[0];
  const last = states[pages - 1];
  const empty = first && !first.loading && !first.error && first.totalCount === 0;

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <div className="section-header">
        <h2 id={`${id}-heading`}>Deliveries</h2>
        <div className="page-actions">
          {first && !first.loading && first.totalCount > 0 && (
            <span className="muted">{first.totalCount.toLocaleString('en')} in all</span>
          )}
          <button
            type="button"
            className="button button-small"
            disabled={refreshing}
            onClick={() => {
              setRefreshing(true);
              void client
                .refetchQueries({ include: [WebhookDeliveriesQuery] })
                .finally(() => setRefreshing(false));
            }}
          >
            {refreshing ? 'Refreshing…' : 'Refresh'}
          </button>
        </div>
      </div>
      <p className="muted">
        Each event is sent until the endpoint answers with a 2xx status, retried with growing pauses
        for 24 hours. An endpoint that fails for 24 hours is disabled.
      </p>
      {empty && (
        <p className="empty">
          Nothing sent yet. Deliveries appear here when one of its events happens.
        </p>
      )}
      <div className="table-scroll" hidden={empty}>
        <table className="table table-cards" aria-label="Deliveries">
          <thead>
            <tr>
              <th>Event</th>
              <th>Created</th>
              <th>Status</th>
              <th className="num">Attempts</th>
              <th>Last answer</th>
              <th>Delivered / next</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          {Array.from({ length: pages }, (_, index) => {
            const after = index === 0 ? null : (states[index - 1]?.endCursor ?? null);
            if (index > 0 && !after) return null;
            return (
              <DeliveryPage
                key={index}
                webhookId={webhookId}
                after={after}
                index={index}
                onState={onState}
              />
            );
          })}
        </table>
      </div>
      {last?.hasNextPage && !last.loading && (
        <button type="button" className="button load-more" onClick={() => setPages((n) => n + 1)}>
          Load more
        </button>
      )}
    </section>
  );
}

/** A stable callback that records one page's state at its index. */
function useStableSetter(
  setStates: (update: (current: (PageState | undefined)[]) => (PageState | undefined)[]) => void,
) {
  const [setter] = useState(
    () => (index: number, state: PageState) =>
      setStates((current) => {
        const previous = current[index];
        if (
          previous &&
          previous.endCursor === state.endCursor &&
          previous.hasNextPage === state.hasNextPage &&
          previous.totalCount === state.totalCount &&
          previous.loading === state.loading &&
          previous.error === state.error
        ) {
          return current;
        }
        const next = [...current];
        next[index] = state;
        return next;
      }),
  );
  return setter;
}
