import { badInput } from '../../core/errors';
import type { RequestContext } from '../../core/context';
import * as check from '../../core/validate';
import { SettingsEntity } from './settings.entity';
import type { SettingsInput } from './settings.types';

const ROW = 1;

export interface SettingsDefaults {
  currency: string;
  timezone: string;
}

export type BrandSettings = Omit<SettingsEntity, 'id' | 'updatedAt' | 'updatedBy'>;

/** Defaults for a new brand; the currency and zone come from configuration. */
export function defaultSettings(d: SettingsDefaults): BrandSettings {
  return {
    defaultCurrency: d.currency,
    defaultTimezone: d.timezone,
    excludedCategories: ['gift-card', 'shipping'],
    minimumSpend: 0,
    maxRedemptionPercent: null,
    maxRedemptionAmount: null,
    reversalWindowMinutes: 10,
    returnGraceDays: 14,
    managerIssueLimit: 5_000,
    managerDailyIssueLimit: 20_000,
    holdTtlSeconds: 600,
  };
}

/** The brand-wide rules: one row, created with defaults on first use. */
export class SettingsService {
  constructor(private readonly defaults: SettingsDefaults) {}

  // Every redemption and issue reads the settings; they change rarely. This process forgets
  // its copy the moment it changes them; another process sees a change within CACHE_MS.
  private cached: { row: SettingsEntity; at: number } | null = null;
  static readonly CACHE_MS = 5_000;

  private pending: Promise<SettingsEntity> | null = null;

  async get(ctx: RequestContext): Promise<SettingsEntity> {
    if (this.cached && Date.now() - this.cached.at < SettingsService.CACHE_MS) {
      return this.cached.row;
    }
    if (ctx.inTransaction) return this.read(ctx);
    // Readers arriving while the copy is refreshed share the one look-up, so a burst of
    // requests (or fields) after the copy expires costs one statement, not one each.
    this.pending ??= this.read(ctx).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async read(ctx: RequestContext): Promise<SettingsEntity> {
    const row = await ctx.em.findOne(SettingsEntity, { where: { id: ROW } });
    if (row) {
      this.cached = { row, at: Date.now() };
      return row;
    }
    await ctx.em
      .createQueryBuilder()
      .insert()
      .into(SettingsEntity)
      .values({
        id: ROW,
        ...defaultSettings(this.defaults),
        updatedAt: ctx.now(),
        updatedBy: ctx.actor,
      })
      .orIgnore()
      .updateEntity(false)
      .execute();
    return ctx.em.findOneOrFail(SettingsEntity, { where: { id: ROW } });
  }

  async update(ctx: RequestContext, input: SettingsInput): Promise<SettingsEntity> {
    const changes: Partial<BrandSettings> = {};
    if (input.defaultCurrency != null) {
      changes.defaultCurrency = check.currency(input.defaultCurrency, 'defaultCurrency');
    }
    if (input.defaultTimezone != null) {
      changes.defaultTimezone = check.timeZone(input.defaultTimezone, 'defaultTimezone');
    }
    if (input.excludedCategories != null) {
      const categories = input.excludedCategories.map((c) => c.trim().toLowerCase());
      if (categories.some((c) => !c || c.length > 64)) {
        throw badInput('excludedCategories must be 1 to 64 characters each', 'excludedCategories');
      }
      if (categories.length > 100) {
        throw badInput('excludedCategories may list at most 100 categories', 'excludedCategories');
      }
      changes.excludedCategories = [...new Set(categories)];
    }
    const ints: [keyof SettingsInput & keyof BrandSettings, number, number][] = [
      ['minimumSpend', 0, check.MAX_INT32],
      ['reversalWindowMinutes', 0, 7 * 24 * 60],
      ['returnGraceDays', 0, 3650],
      ['managerIssueLimit', 0, check.MAX_INT32],
      ['managerDailyIssueLimit', 0, check.MAX_INT32],
      ['holdTtlSeconds', 1, 3600],
    ];
    for (const [field, min, max] of ints) {
      const value = input[field];
      if (value === null) throw badInput(`${field} cannot be null`, field);
      if (value !== undefined) {
        (changes as Record<string, number>)[field] = check.wholeNumber(
          value as number,
          field,
          min,
          max,
        );
      }
    }
    if (input.maxRedemptionPercent !== undefined) {
      changes.maxRedemptionPercent =
        input.maxRedemptionPercent === null
          ? null
          : check.wholeNumber(input.maxRedemptionPercent, 'maxRedemptionPercent', 1, 100);
    }
    if (input.maxRedemptionAmount !== undefined) {
      changes.maxRedemptionAmount =
        input.maxRedemptionAmount === null
          ? null
          : check.wholeNumber(input.maxRedemptionAmount, 'maxRedemptionAmount', 1);
    }
    const updated = await ctx.transaction(async (tx) => {
      this.cached = null; // read the row itself, not a copy
      const current = await this.get(tx);
      const next = { ...current, ...changes };
      if (next.managerIssueLimit > next.managerDailyIssueLimit) {
        throw badInput(
          'managerIssueLimit cannot exceed managerDailyIssueLimit',
          'managerIssueLimit',
        );
      }
      await tx.em.update(
        SettingsEntity,
        { id: ROW },
        { ...changes, updatedAt: tx.now(), updatedBy: tx.actor },
      );
      return tx.em.findOneOrFail(SettingsEntity, { where: { id: ROW } });
    });
    this.cached = null;
    return updated;
  }
}
