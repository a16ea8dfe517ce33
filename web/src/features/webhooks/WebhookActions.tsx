import { CopyButton } from '../../components/CopyButton';
import { FormDialog } from '../../components/FormDialog';
import { Modal } from '../../components/Modal';
import { errorMessage, humanMessage } from '../../lib/errors';
import { useDeleteWebhook, useEnableWebhook, useRotateWebhookSecret } from './queries';

/** What an endpoint's actions need of it. */
export interface WebhookRef {
  id: string;
  url: string;
  active: boolean;
}

/** A signing secret shown this once, with Copy and a way to put it away. */
export function SecretCard({
  title,
  secret,
  rotated,
  onDone,
}: {
  title: string;
  secret: string;
  /** A new secret after a rotation: the old one keeps signing for a day. */
  rotated?: boolean;
  onDone: () => void;
}) {
  return (
    <section className="card secret-card" aria-label="Signing secret">
      <h2>{title}</h2>
      <p>
        Copy it now: it is shown only once. Receivers verify each delivery’s{' '}
        <code>webhook-signature</code> header with it, using a Standard Webhooks library.
      </p>
      {rotated && (
        <p>
          For the next 24 hours deliveries are signed with both the old and the new secret, so
          switch the receiver over within a day.
        </p>
      )}
      <p className="secret-row">
        <code className="secret" data-testid="webhook-secret">
          {secret}
        </code>
        <CopyButton text={secret} />
      </p>
      <button type="button" className="button button-small" onClick={onDone}>
        I have copied it
      </button>
    </section>
  );
}

/** A confirmation the page shows for one endpoint. */
export type WebhookDialog = { kind: 'rotate' | 'delete'; webhook: WebhookRef };

/**
 * Re-enable (when disabled), Rotate secret and Delete for one endpoint. Re-enabling is done at
 * once; the two that cannot be undone open a confirmation (see WebhookDialogs).
 */
export function WebhookActions({
  webhook,
  onOpen,
  onNotice,
  onError,
}: {
  webhook: WebhookRef;
  onOpen: (dialog: WebhookDialog) => void;
  onNotice: (message: string) => void;
  onError: (message: string) => void;
}) {
  const [enableWebhook, enabling] = useEnableWebhook();

  async function enable() {
    try {
      const { data } = await enableWebhook({ variables: { id: webhook.id } });
      const result = data?.enableWebhook;
      if (result?.__typename === 'Webhook') {
        onNotice(
          `${webhook.url} is enabled again: the deliveries that waited while it was disabled are being sent.`,
        );
      } else if (result) {
        onError(humanMessage(result.message));
      }
    } catch (caught) {
      onError(`Could not enable it: ${errorMessage(caught)}`);
    }
  }

  return (
    <>
      {!webhook.active && (
        <button
          type="button"
          className="button button-small"
          disabled={enabling.loading}
          aria-label={`${enabling.loading ? 'Enabling…' : 'Enable again'} ${webhook.url}`}
          onClick={() => void enable()}
        >
          {enabling.loading ? 'Enabling…' : 'Enable again'}
        </button>
      )}
      <button
        type="button"
        className="button button-small"
        aria-label={`Rotate secret of ${webhook.url}`}
        onClick={() => onOpen({ kind: 'rotate', webhook })}
      >
        Rotate secret
      </button>
      <button
        type="button"
        className="button button-small button-danger-outline"
        aria-label={`Delete ${webhook.url}`}
        onClick={() => onOpen({ kind: 'delete', webhook })}
      >
        Delete
      </button>
    </>
  );
}

/** The confirmation of a rotation or a deletion, over the page. */
export function WebhookDialogs({
  dialog,
  onClose,
  onSecret,
  onDeleted,
}: {
  dialog: WebhookDialog | null;
  onClose: () => void;
  onSecret: (url: string, secret: string) => void;
  onDeleted: (url: string) => void;
}) {
  const [rotateSecret] = useRotateWebhookSecret();
  const [deleteWebhook] = useDeleteWebhook();
  if (!dialog) return null;
  const { webhook } = dialog;

  async function rotate(): Promise<string | void> {
    const { data } = await rotateSecret({ variables: { id: webhook.id } });
    const result = data?.rotateWebhookSecret;
    if (result?.__typename === 'NotFoundError') return humanMessage(result.message);
    if (result) {
      onClose();
      onSecret(result.webhook.url, result.secret);
    }
  }

  async function remove(): Promise<string | void> {
    const { data } = await deleteWebhook({ variables: { id: webhook.id } });
    if (data && !data.deleteWebhook) return 'This webhook was deleted already.';
    onClose();
    onDeleted(webhook.url);
  }

  return dialog.kind === 'rotate' ? (
    <Modal title="Rotate the signing secret" onClose={onClose}>
      <FormDialog
        submitLabel="Rotate secret"
        submittingLabel="Rotating…"
        onSubmit={rotate}
        onCancel={onClose}
      >
        <p className="dialog-text">
          A new secret replaces the current one of <strong className="url">{webhook.url}</strong>.
          For 24 hours deliveries carry signatures by both, so the receiver can switch over without
          refusing any. The new secret is shown once.
        </p>
      </FormDialog>
    </Modal>
  ) : (
    <Modal title="Delete the webhook" onClose={onClose}>
      <FormDialog
        submitLabel="Delete webhook"
        submittingLabel="Deleting…"
        danger
        onSubmit={remove}
        onCancel={onClose}
      >
        <p className="dialog-text">
          Nothing more is sent to <strong className="url">{webhook.url}</strong>, and deliveries
          still waiting are cancelled. This cannot be undone: to receive events there again, add it
          again (it gets a new secret).
        </p>
      </FormDialog>
    </Modal>
  );
}
