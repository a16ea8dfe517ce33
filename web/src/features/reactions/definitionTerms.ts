import type { ReactionDefinition_DefinitionFragment as Definition } from '../../graphql/generated/graphql';
import { formatMoney } from '../../lib/money';
import { expiryRule } from '../rewards/expiryRule';

/** What a reward of the definition is worth and how long it lasts: "A$10.00, valid for 3 months". */
export function definitionTerms(d: Definition, timeZone: string): string {
  const value = formatMoney(d.value.amount, d.value.currency);
  const rule = expiryRule(d, timeZone);
  const expiry =
    rule === '—' ? '' : rule.startsWith('until') ? `, valid ${rule}` : `, valid for ${rule}`;
  const pending = d.activationDelayDays
    ? `, usable ${d.activationDelayDays} ${d.activationDelayDays === 1 ? 'day' : 'days'} after issue`
    : '';
  return `${value}${expiry}${pending}`;
}

/** Why a reaction cannot issue from the definition now, or null when it can. */
export function definitionProblem(d: Definition): string | null {
  if (d.archived) return 'Its definition is archived: it issues nothing until it uses another.';
  if (!d.assignable) {
    return 'Its definition is not assignable: it issues nothing until it uses another.';
  }
  return null;
}

/** A definition the form offers: reactions issue from assignable, published, live ones. */
export function canIssueFrom(d: Definition): boolean {
  return d.assignable && d.published && !d.archived;
}
