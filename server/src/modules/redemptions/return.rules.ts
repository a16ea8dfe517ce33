// Pure rules for returns: how much of a redemption can come back and from which allocations.
// No I/O.

export interface ReturnableAllocation {
  id: string;
  rewardId: string;
  /** Order of consumption: 0 was drawn first (nearest expiry). */
  position: number;
  amount: number;
  /** What earlier returns already gave back from this allocation. */
  returned: number;
}

export interface ReturnPart {
  allocationId: string;
  rewardId: string;
  amount: number;
}

/** What is left to return: nothing once reversed, else what was taken less what came back. */
export function returnable(redemption: {
  status: string;
  amount: number;
  returned: number;
}): number {
  return redemption.status === 'REVERSED' ? 0 : redemption.amount - redemption.returned;
}

/**
 * DOMAIN.md: a return gives value back to the allocations in reverse order of consumption
 * (latest-expiring first), so the nearest-expiring value stays spent. Each allocation gives
 * back at most what it has not given back already.
 */
export function returnWalk(allocations: ReturnableAllocation[], amount: number): ReturnPart[] {
  const parts: ReturnPart[] = [];
  let left = amount;
  for (const a of [...allocations].sort((x, y) => y.position - x.position)) {
    if (left === 0) break;
    const back = Math.min(left, a.amount - a.returned);
    if (back <= 0) continue;
    parts.push({ allocationId: a.id, rewardId: a.rewardId, amount: back });
    left -= back;
  }
  if (left > 0) throw new Error(`cannot return ${amount}: ${left} more than was taken`);
  return parts;
}

/** The redemption's status after a return brings its returned total to `returned`. */
export function statusAfterReturn(amount: number, returned: number) {
  return returned === amount ? ('RETURNED' as const) : ('PARTIALLY_RETURNED' as const);
}
