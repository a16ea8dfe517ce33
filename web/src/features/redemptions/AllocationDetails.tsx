import { formatMoney } from '../../lib/money';

interface Amount {
  amount: number;
  currency: string;
}

/**
 * Which rewards a redemption or a hold draws on and how it spreads over the cart's lines: the
 * details row of the redemptions and holds tables.
 */
export function AllocationDetails({
  heading,
  allocations,
  lineDiscounts,
}: {
  heading: string;
  allocations: readonly { amount: Amount; reward: { id: string; definition: { name: string } } }[];
  lineDiscounts: readonly { lineId: string; amount: Amount }[];
}) {
  return (
    <div className="redemption-details-grid">
      <div>
        <h3>{heading}</h3>
        {allocations.length === 0 ? (
          <p className="empty">No rewards.</p>
        ) : (
          <table className="table table-compact" aria-label="Allocations">
            <thead>
              <tr>
                <th>Reward</th>
                <th className="num">Amount</th>
              </tr>
            </thead>
            <tbody>
              {allocations.map((a, index) => (
                <tr key={`${a.reward.id}-${index}`}>
                  <td>{a.reward.definition.name}</td>
                  <td className="num">{formatMoney(a.amount.amount, a.amount.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div>
        <h3>Line discounts</h3>
        {lineDiscounts.length === 0 ? (
          <p className="empty">No cart: nothing was apportioned to lines.</p>
        ) : (
          <table className="table table-compact" aria-label="Line discounts">
            <thead>
              <tr>
                <th>Line</th>
                <th className="num">Discount</th>
              </tr>
            </thead>
            <tbody>
              {lineDiscounts.map((d) => (
                <tr key={d.lineId}>
                  <td>
                    <code>{d.lineId}</code>
                  </td>
                  <td className="num">{formatMoney(d.amount.amount, d.amount.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
