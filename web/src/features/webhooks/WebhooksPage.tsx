import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { formatInstant } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useTimeZone } from '../../lib/timeZone';
import { permissions, useRole } from '../auth/role';
import { WebhooksQuery } from './queries';
import { SecretCard, WebhookActions, WebhookDialogs, type WebhookDialog } from './WebhookActions';
import { WebhookForm } from './WebhookForm';
import { WebhookStatus } from './WebhookStatus';
import { eventName, WEBHOOK_EVENTS } from './words';

/** The events of an endpoint in words; every one as a single line. */
function EventList({ events }: { events: readonly string[] }) {
  if (WEBHOOK_EVENTS.every((e) => events.includes(e))) return <>Every event</>;
  return (
    <ul className="scope-list">
      {events.map((e) => (
        <li key={e}>{eventName(e)}</li>
      ))}
    </ul>
  );
}

/**
 * Webhooks (ADMIN): the endpoints that receive signed events, with their state; add one (its
 * secret shown once), enable a disabled one, rotate a secret, delete. Each links to its
 * deliveries.
 */
export function WebhooksPage() {
  const role = useRole();
  const timeZone = useTimeZone();
  const allowed = permissions.manageWebhooks(role);
  const { data, error, loading } = useQuery(WebhooksQuery, {
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ title: string; secret: string; rotated: boolean } | null>(
    null,
  );
  const [dialog, setDialog] = useState<WebhookDialog | null>(null);
  // A webhook deleted from its own page says so here.
  const location = useLocation() as { state?: { notice?: string } | null };
  const [notice, setNotice] = useState<string | null>(location.state?.notice ?? null);
  const [actionError, setActionError] = useState<string | null>(null);

  function say(message: string) {
    setActionError(null);
    setNotice(message);
  }

  function fail(message: string) {
    setNotice(null);
    setActionError(message);
  }

  return (
    <div className="page page-wide">
      <title>Webhooks · Rewards</title>
      <div className="page-header">
        <h1>Webhooks</h1>
        {allowed && (
          <div className="page-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setSecret(null);
                setCreating(true);
              }}
            >
              Add webhook
            </button>
          </div>
        )}
      </div>
      {!allowed ? (
        <p className="card">Webhooks are managed by administrators.</p>
      ) : (
        <>
          <p className="muted">
            Webhooks tell your other systems what happens to rewards as it happens: each event is
            POSTed to the endpoint, signed, and retried for 24 hours until it is taken.
          </p>
          {secret && (
            <SecretCard
              title={secret.title}
              secret={secret.secret}
              rotated={secret.rotated}
              onDone={() => setSecret(null)}
            />
          )}
          {notice && (
            <p role="status" className="notice">
              {notice}
            </p>
          )}
          <ErrorAlert message={error ? errorMessage(error) : actionError} />
          <section className="card" aria-label="Webhook endpoints">
            {loading && !data && <p className="muted">Loading…</p>}
            {data && data.webhooks.length === 0 && (
              <p className="empty">
                No webhooks yet. Add one to send reward events to your systems.
              </p>
            )}
            {data && data.webhooks.length > 0 && (
              <table className="table table-cards" aria-label="Webhooks">
                <thead>
                  <tr>
                    <th>Endpoint</th>
                    <th>Events</th>
                    <th>Status</th>
                    <th>Added</th>
                    <th>
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.webhooks.map((w) => (
                    <tr key={w.id}>
                      <td className="cell-url" data-label="Endpoint">
                        <Link to={`/webhooks/${w.id}`}>{w.url}</Link>
                      </td>
                      <td className="cell-events" data-label="Events">
                        <EventList events={w.events} />
                      </td>
                      <td className="cell-webhook-status" data-label="Status">
                        <WebhookStatus webhook={w} />
                      </td>
                      <td data-label="Added">{formatInstant(w.createdAt, timeZone)}</td>
                      <td className="cell-actions">
                        <Link
                          to={`/webhooks/${w.id}`}
                          className="button button-small link-button"
                          aria-label={`Deliveries to ${w.url}`}
                        >
                          Deliveries
                        </Link>
                        <WebhookActions
                          webhook={w}
                          onOpen={setDialog}
                          onNotice={say}
                          onError={fail}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
      <WebhookDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        onSecret={(url, next) => {
          setNotice(null);
          setSecret({ title: `The new signing secret of ${url}`, secret: next, rotated: true });
        }}
        onDeleted={(url) => {
          setSecret(null);
          say(`${url} is deleted: nothing more is sent to it.`);
        }}
      />
      {creating && (
        <Modal title="Add a webhook" onClose={() => setCreating(false)}>
          <WebhookForm
            onCreated={(url, next) => {
              setCreating(false);
              setNotice(null);
              setSecret({ title: `The signing secret of ${url}`, secret: next, rotated: false });
            }}
            onCancel={() => setCreating(false)}
          />
        </Modal>
      )}
    </div>
  );
}
