import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDay } from '../../lib/dates';
import { formatMoney } from '../../lib/money';
import { askPortal, type Offer } from './portalApi';

type State =
  | { step: 'loading' }
  | { step: 'offer'; offer: Offer; confirming: boolean; error: string | null }
  | { step: 'done'; offer: Offer }
  | { step: 'refused'; message: string }
  | { step: 'unreachable'; message: string };

/**
 * The public page a customer opens from an extension link: it shows the reward and its new
 * expiry and confirms the extension once. No sign-in; made for a phone.
 */
export function PortalExtendPage() {
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [state, setState] = useState<State>(() =>
    token
      ? { step: 'loading' }
      : {
          step: 'refused',
          message: 'This link is missing its code. Open the whole link from your message.',
        },
  );

  useEffect(() => {
    if (!token) return;
    let live = true;
    void askPortal('PortalOffer', token).then((answer) => {
      if (!live) return;
      if (answer.kind === 'offer')
        setState({ step: 'offer', offer: answer.offer, confirming: false, error: null });
      else if (answer.kind === 'refused') setState({ step: 'refused', message: answer.message });
      else setState({ step: 'unreachable', message: answer.message });
    });
    return () => {
      live = false;
    };
  }, [token]);

  async function confirm(offer: Offer) {
    setState({ step: 'offer', offer, confirming: true, error: null });
    const answer = await askPortal('PortalExtend', token);
    if (answer.kind === 'offer') setState({ step: 'done', offer: answer.offer });
    else if (answer.kind === 'refused') setState({ step: 'refused', message: answer.message });
    else setState({ step: 'offer', offer, confirming: false, error: answer.message });
  }

  return (
    <main className="portal">
      <title>Extend your reward</title>
      <div className="portal-card">
        <p className="brand">Rewards</p>
        {state.step === 'loading' && <p aria-live="polite">Looking up your reward…</p>}
        {(state.step === 'offer' || state.step === 'done') && (
          <OfferView
            offer={state.offer}
            done={state.step === 'done'}
            confirming={state.step === 'offer' && state.confirming}
            error={state.step === 'offer' ? state.error : null}
            onConfirm={() => void confirm(state.offer)}
          />
        )}
        {state.step === 'refused' && (
          <>
            <h1>This link cannot be used</h1>
            <p role="alert">{state.message}</p>
            <p className="muted">If you think this is a mistake, ask the store for a new link.</p>
          </>
        )}
        {state.step === 'unreachable' && (
          <>
            <h1>Something went wrong</h1>
            <p role="alert">{state.message}</p>
          </>
        )}
      </div>
    </main>
  );
}

function OfferView(props: {
  offer: Offer;
  done: boolean;
  confirming: boolean;
  error: string | null;
  onConfirm: () => void;
}) {
  const { offer, done } = props;
  const zone = offer.timezone;
  const value = formatMoney(offer.valueRemaining.amount, offer.valueRemaining.currency);
  return (
    <>
      <h1>{offer.customerFirstName ? `Hi ${offer.customerFirstName},` : 'Hello,'}</h1>
      <p>
        Your <strong>{offer.rewardName}</strong> reward worth <strong>{value}</strong>{' '}
        {done ? 'has been extended.' : 'can be extended.'}
      </p>
      <dl className="portal-dates">
        <div>
          <dt>{done ? 'Was due to expire' : 'Expires'}</dt>
          <dd>{formatDay(offer.expiresAt, zone)}</dd>
        </div>
        <div>
          <dt>{done ? 'Now expires' : 'After extending'}</dt>
          <dd>{formatDay(offer.newExpiresAt, zone)}</dd>
        </div>
      </dl>
      {done ? (
        <p role="status" className="portal-success">
          Done: your reward now lasts until {formatDay(offer.newExpiresAt, zone)}.
        </p>
      ) : null}
      {props.error && <p role="alert">{props.error}</p>}
      <button
        type="button"
        className="button primary portal-confirm"
        disabled={done || props.confirming}
        onClick={props.onConfirm}
      >
        {done ? 'Extended' : props.confirming ? 'Extending…' : 'Extend my reward'}
      </button>
    </>
  );
}
