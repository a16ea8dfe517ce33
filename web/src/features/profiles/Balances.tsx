import { getFragmentData, graphql, type FragmentType } from '../../graphql/generated';
import { formatInstant } from '../../lib/dates';
import { useTimeZone } from '../../lib/timeZone';
import { formatMoney } from '../../lib/money';

export const BalanceCard_BalanceFragment = graphql(`
  fragment BalanceCard_balance on RewardBalance {
    currency
    available {
      amount
      currency
    }
    held {
      amount
      currency
    }
    expiringSoon {
      amount
      currency
    }
    activeRewardCount
    nextExpiry
  }
`);

function BalanceCard({ balance }: { balance: FragmentType<typeof BalanceCard_BalanceFragment> }) {
  const b = getFragmentData(BalanceCard_BalanceFragment, balance);
  const timeZone = useTimeZone();
  return (
    <div className="balance" aria-label={`Balance in ${b.currency}`}>
      <div className="balance-main">
        <span className="balance-label">Available ({b.currency})</span>
        <span className="balance-amount" data-testid={`balance-${b.currency}`}>
          {formatMoney(b.available.amount, b.available.currency)}
        </span>
        {b.held.amount > 0 && (
          <span className="balance-held" data-testid={`held-${b.currency}`}>
            {formatMoney(b.held.amount, b.held.currency)} held for a checkout, not available
          </span>
        )}
      </div>
      <dl className="balance-facts">
        <dt>Held</dt>
        <dd className={b.held.amount > 0 ? 'held-nonzero' : undefined}>
          {formatMoney(b.held.amount, b.held.currency)}
        </dd>
        <dt>Active rewards</dt>
        <dd>{b.activeRewardCount}</dd>
        <dt>Next expiry</dt>
        <dd>{b.nextExpiry ? formatInstant(b.nextExpiry, timeZone) : '—'}</dd>
        <dt>Expiring in 30 days</dt>
        <dd>{formatMoney(b.expiringSoon.amount, b.expiringSoon.currency)}</dd>
      </dl>
    </div>
  );
}

/** One card per currency; the brand's currency (at zero) when nothing is active. */
export function Balances({
  balances,
  fallback,
}: {
  balances: readonly (FragmentType<typeof BalanceCard_BalanceFragment> & { currency: string })[];
  fallback: FragmentType<typeof BalanceCard_BalanceFragment> & { currency: string };
}) {
  const shown = balances.length > 0 ? balances : [fallback];
  return (
    <section className="card" aria-labelledby="balances-heading">
      <div className="section-header">
        <h2 id="balances-heading">Balance</h2>
      </div>
      <div className="balances">
        {shown.map((balance) => (
          <BalanceCard key={balance.currency} balance={balance} />
        ))}
      </div>
    </section>
  );
}
