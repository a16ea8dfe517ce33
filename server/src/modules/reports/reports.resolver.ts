import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../../core/access';
import { Money } from '../../core/money';
import type { ResolverContext } from '../../core/resolver-context';
import type { ReportsService } from './reports.service';
import {
  ActivityRow,
  BreakageRow,
  Liability,
  LiabilityBucket,
  ReportInterval,
} from './reports.types';

@Resolver()
export class ReportsResolver {
  constructor(private readonly s: { reports: ReportsService }) {}

  @Allow('ADMIN', 'MANAGER')
  @Query(() => Liability, {
    description:
      "Outstanding reward value now in a currency (default: the brand's), by month of expiry in the brand's time zone.",
  })
  async liability(
    @Arg('currency', () => String, {
      nullable: true,
      description: "ISO 4217 code; default: the brand's currency.",
    })
    currency: string | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Liability> {
    const r = await this.s.reports.liability(ctx, currency);
    return Object.assign(new Liability(), {
      currency: r.currency,
      outstanding: Money.of(r.outstanding, r.currency),
      expiringSoon: Money.of(r.expiringSoon, r.currency),
      byExpiryMonth: r.months.map((m) =>
        Object.assign(new LiabilityBucket(), {
          month: m.month,
          amount: Money.of(m.amount, r.currency),
          rewardCount: m.count,
        }),
      ),
    });
  }

  @Allow('ADMIN', 'MANAGER')
  @Query(() => [ActivityRow], {
    description:
      'Issued, redeemed, restored, expired and voided value per reward type, currency and brand-local day or month, from the ledger, for entries in [from, to). DAY covers at most 2 years.',
  })
  async activity(
    @Arg('from', () => Date, { description: 'Start of the range, inclusive (ISO 8601 instant).' })
    from: Date,
    @Arg('to', () => Date, { description: 'End of the range, exclusive (ISO 8601 instant).' })
    to: Date,
    @Arg('interval', () => ReportInterval, { description: 'Rows per brand-local day or month.' })
    interval: ReportInterval,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<ActivityRow[]> {
    const lines = await this.s.reports.activity(ctx, { from, to, interval });
    return lines.map((l) =>
      Object.assign(new ActivityRow(), {
        period: l.period,
        rewardType: l.typeKey,
        rewardTypeName: l.typeName,
        issued: Money.of(l.issued, l.currency),
        redeemed: Money.of(l.redeemed, l.currency),
        restored: Money.of(l.restored, l.currency),
        expired: Money.of(l.expired, l.currency),
        voided: Money.of(l.voided, l.currency),
      }),
    );
  }

  @Allow('ADMIN', 'MANAGER')
  @Query(() => [BreakageRow], {
    description:
      'Breakage: value that expired unredeemed, by brand-local month of expiry, for rewards expiring in [from, to) (up to now). At most 10 years.',
  })
  async breakage(
    @Arg('from', () => Date, { description: 'Earliest expiry, inclusive (ISO 8601 instant).' })
    from: Date,
    @Arg('to', () => Date, { description: 'Latest expiry, exclusive (ISO 8601 instant).' })
    to: Date,
    @Arg('currency', () => String, {
      nullable: true,
      description: "ISO 4217 code; default: the brand's currency.",
    })
    currency: string | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<BreakageRow[]> {
    const r = await this.s.reports.breakage(ctx, { from, to, currency });
    return r.months.map((m) =>
      Object.assign(new BreakageRow(), {
        month: m.month,
        amount: Money.of(m.amount, r.currency),
        rewardCount: m.count,
      }),
    );
  }
}
