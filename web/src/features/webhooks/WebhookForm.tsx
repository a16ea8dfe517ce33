import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState } from 'react';
import { Checkbox, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { humanMessage, type Refusal } from '../../lib/errors';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { useCreateWebhook } from './queries';
import { EVENT_WORDS, WEBHOOK_EVENTS } from './words';

const FIELDS = { url: { label: 'Endpoint URL' }, events: { label: 'Events' } };
const MAX_URL = 2000;

/** What is wrong with an endpoint URL before it is sent, or null. */
export function urlProblem(raw: string): string | null {
  const text = raw.trim();
  if (!text) return 'Enter the URL events are sent to, e.g. https://example.com/webhooks.';
  if (text.length > MAX_URL) return `Use at most ${MAX_URL.toLocaleString('en')} characters.`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Enter a whole URL, starting with https://.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'The URL must start with https:// (or http://).';
  }
  if (url.username || url.password) {
    return 'Leave the user name and password out of the URL; deliveries are signed instead.';
  }
  return null;
}

/** A new endpoint: its URL and the events it receives, in words. The secret comes back once. */
export function WebhookForm({
  onCreated,
  onCancel,
}: {
  onCreated: (url: string, secret: string) => void;
  onCancel: () => void;
}) {
  const [createWebhook] = useCreateWebhook();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const errors = useFieldErrors(FIELDS);
  const all = events.length === WEBHOOK_EVENTS.length;

  function choose(next: string[]) {
    errors.clear('events');
    setEvents(WEBHOOK_EVENTS.filter((e) => next.includes(e)));
  }

  function submit(): Refusal | Promise<Refusal | void> {
    const fields: Record<string, string> = {};
    const problem = urlProblem(url);
    if (problem) fields.url = problem;
    if (events.length === 0) fields.events = 'Choose at least one event to send.';
    if (Object.keys(fields).length > 0) return { fields };
    return (async (): Promise<Refusal | void> => {
      try {
        const { data } = await createWebhook({ variables: { input: { url: url.trim(), events } } });
        if (data) onCreated(data.createWebhook.webhook.url, data.createWebhook.secret);
      } catch (caught) {
        // The server's sentence about "the URL" reads whole next to the field.
        const refused = CombinedGraphQLErrors.is(caught)
          ? caught.errors.find((e) => e.extensions?.field === 'url')
          : undefined;
        if (refused) return { fields: { url: humanMessage(refused.message) } };
        throw caught;
      }
    })();
  }

  return (
    <FormDialog
      submitLabel="Add webhook"
      submittingLabel="Adding…"
      onSubmit={submit}
      onCancel={onCancel}
      fieldErrors={errors}
    >
      <TextField
        label="Endpoint URL"
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://example.com/webhooks/rewards"
        value={url}
        required
        hint="Events are POSTed here as JSON, signed by the Standard Webhooks scheme."
        {...errors.bind('url', setUrl)}
      />
      <fieldset
        className={errors.errors.events ? 'choice field-invalid' : 'choice'}
        aria-describedby={errors.errors.events ? 'webhook-events-error' : undefined}
      >
        <legend>Events</legend>
        <Checkbox checked={all} onChange={(on) => choose(on ? WEBHOOK_EVENTS : [])}>
          <strong>Every event</strong>
        </Checkbox>
        {WEBHOOK_EVENTS.map((event) => (
          <Checkbox
            key={event}
            checked={events.includes(event)}
            onChange={(on) => choose(on ? [...events, event] : events.filter((e) => e !== event))}
          >
            <span>
              {EVENT_WORDS[event]} <code className="event-code">{event}</code>
            </span>
          </Checkbox>
        ))}
        {errors.errors.events && (
          <p id="webhook-events-error" className="field-error">
            {errors.errors.events}
          </p>
        )}
      </fieldset>
    </FormDialog>
  );
}
