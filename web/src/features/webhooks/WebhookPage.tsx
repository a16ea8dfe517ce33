import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatInstant } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useTimeZone } from '../../lib/timeZone';
import { permissions, useRole } from '../auth/role';
import { DELIVERIES_PAGE_SIZE, DeliveriesList } from './DeliveriesList';
import { WebhookDeliveriesQuery } from './queries';
import { SecretCard, WebhookActions, WebhookDialogs, type WebhookDialog } from './WebhookActions';
import { WebhookStatus } from './WebhookStatus';
import { eventWords } from './words';

/** One endpoint: its state and events, its actions, and its delivery log with Redeliver. */
export function WebhookPage() {
  const { id = '' } = useParams();
  const role = useRole();
  const timeZone = useTimeZone();
  const navigate = useNavigate();
  const allowed = permissions.manageWebhooks(role);
  // The same first page the delivery log polls: the endpoint's state comes along with it.
  const { data, error, loading } = useQuery(WebhookDeliveriesQuery, {
    variables: { id, first: DELIVERIES_PAGE_SIZE },
    fetchPolicy: 'cache-first',
    skip: !allowed,
  });
  const webhook = data?.webhook;
  const [dialog, setDialog] = useState<WebhookDialog | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  return (
    <div className="page page-wide">
      <title>Webhook · Rewards</title>
      <p className="breadcrumb">
        <Link to="/webhooks">Webhooks</Link> /
      </p>
      <h1 className="webhook-title">{webhook ? webhook.url : 'Webhook'}</h1>
      {!allowed && <p className="card">Webhooks are managed by administrators.</p>}
      <ErrorAlert message={error && !webhook ? errorMessage(error) : null} />
      {allowed && loading && !data && <p className="muted">Loading…</p>}
      {data && !webhook && (
        <div className="card">
          <p>No webhook has this id: it may have been deleted.</p>
          <Link to="/webhooks" className="button link-button">
            All webhooks
          </Link>
        </div>
      )}
      {webhook && (
        <>
          {secret && (
            <SecretCard
              title="The new signing secret"
              secret={secret}
              rotated
              onDone={() => setSecret(null)}
            />
          )}
          {notice && (
            <p role="status" className="notice">
              {notice}
            </p>
          )}
          <ErrorAlert message={actionError} />
          <section className="card" aria-label="Endpoint">
            <dl className="details">
              <dt>Status</dt>
              <dd>
                <WebhookStatus webhook={webhook} />
              </dd>
              <dt>Events</dt>
              <dd>
                <ul className="scope-list">
                  {webhook.events.map((e) => (
                    <li key={e}>
                      {eventWords(e)} <code className="event-code">{e}</code>
                    </li>
                  ))}
                </ul>
              </dd>
              <dt>Added</dt>
              <dd>{formatInstant(webhook.createdAt, timeZone)}</dd>
            </dl>
            <div className="page-actions webhook-actions">
              <WebhookActions
                webhook={webhook}
                onOpen={setDialog}
                onNotice={(message) => {
                  setActionError(null);
                  setNotice(message);
                }}
                onError={(message) => {
                  setNotice(null);
                  setActionError(message);
                }}
              />
            </div>
          </section>
          <DeliveriesList webhookId={webhook.id} />
        </>
      )}
      <WebhookDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        onSecret={(_, next) => {
          setNotice(null);
          setSecret(next);
        }}
        onDeleted={(url) =>
          void navigate('/webhooks', {
            state: { notice: `${url} is deleted: nothing more is sent to it.` },
          })
        }
      />
    </div>
  );
}
