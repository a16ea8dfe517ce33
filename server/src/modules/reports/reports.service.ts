import type { RequestContext } from '../../core/context';
import { badInput } from '../../core/errors';
import { localDay } from '../../core/time';
import * as check from '../../core/validate';
import type { DefinitionsService } from '../definitions';
import type { ActivityGroup, MonthAmount, RewardsService } from '../rewards';
import type { SettingsService } from '../settings';
import {
  type IntervalName,
  localMonths,
  MAX_RANGE_MS,
  offsetSpans,
  rangeProblem,
} from './reports.rules';

/** The liability's "expiring soon": rewards expiring by the end of the 30th day from today. */
export const EXPIRING_SOON_DAYS = 30;

export interface ActivityLine extends ActivityGroup {
  typeKey: string;
  typeName: string;
}

/**
 * Finance reports, summed by the database: liability by expiry month, ledger activity per
 * reward type and period, and breakage. Periods are the brand's local days and months.
 */
export class ReportsService {
  constructor(
    private readonly deps: {
      rewards: RewardsService;
      definitions: DefinitionsService;
      settings: SettingsService;
    },
  ) {}

  async liability(
    ctx: RequestContext,
    currency: string | null | undefined,
  ): Promise<{
    currency: string;
    outstanding: number;
    expiringSoon: number;
    months: MonthAmount[];
  }> {
    const settings = await this.deps.settings.get(ctx);
    const code = currency ? check.currency(currency) : settings.defaultCurrency;
    const now = ctx.now();
    // Expiries reach years ahead; the spans cover ten (later ones use the last offset).
    const spans = offsetSpans(
      now,
      new Date(now.getTime() + MAX_RANGE_MS.MONTH),
      settings.defaultTimezone,
    );
    const [months, soon] = await Promise.all([
      this.deps.rewards.reports.liability(ctx, code, spans),
      this.deps.rewards.reports.valueLeftWithin(
        ctx,
        code,
        now,
        // Through the end of the 30th brand-local day from today, as "by <that day>" reads.
        localDay(
          new Date(now.getTime() + EXPIRING_SOON_DAYS * 86_400_000),
          settings.defaultTimezone,
        ).end,
      ),
    ]);
    return {
      currency: code,
      outstanding: months.reduce((a, m) => a + m.amount, 0),
      expiringSoon: soon.amount,
      months,
    };
  }

  async activity(
    ctx: RequestContext,
    input: { from: Date; to: Date; interval: IntervalName },
  ): Promise<ActivityLine[]> {
    const problem = rangeProblem(input.from, input.to, input.interval);
    if (problem) throw badInput(problem, 'to');
    const settings = await this.deps.settings.get(ctx);
    const spans = offsetSpans(input.from, input.to, settings.defaultTimezone);
    const groups = await this.deps.rewards.reports.activity(ctx, {
      from: input.from,
      to: input.to,
      spans,
      format: input.interval,
      timezone: settings.defaultTimezone,
    });
    const lines = await Promise.all(
      groups.map(async (g) => {
        const type = await this.deps.definitions.loadType(ctx, g.typeId);
        return { ...g, typeKey: type.key, typeName: type.name };
      }),
    );
    // By period, then reward type, then currency.
    const key = (l: ActivityLine) => `${l.period}|${l.typeKey}|${l.currency}`;
    return lines.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }

  async breakage(
    ctx: RequestContext,
    input: { from: Date; to: Date; currency?: string | null },
  ): Promise<{ currency: string; months: MonthAmount[] }> {
    const problem = rangeProblem(input.from, input.to, 'MONTH');
    if (problem) throw badInput(problem, 'to');
    const settings = await this.deps.settings.get(ctx);
    const code = input.currency ? check.currency(input.currency) : settings.defaultCurrency;
    // Only what has expired by now counts.
    const to = new Date(Math.min(input.to.getTime(), ctx.now().getTime()));
    const months = await this.deps.rewards.reports.breakage(
      ctx,
      code,
      localMonths(input.from, to, settings.defaultTimezone),
    );
    return { currency: code, months };
  }
}
