import DataLoader from 'dataloader';
import type { Services } from '../app';
import type { RequestContext } from '../lib/request-context';
import type { RewardDefinitionEntity, RewardTypeEntity } from '../modules/definitions';
import type { ProfileEntity } from '../modules/profiles';
import {
  heldByProfile,
  reservedOnActiveByProfile,
  type HoldAllocationEntity,
  type HoldEntity,
  type RedemptionAllocationEntity,
  type RedemptionEntity,
} from '../modules/redemptions';
import type { BalanceRow, RewardEntity } from '../modules/rewards';
import type { SettingsEntity } from '../modules/settings';

function byId<T extends { id: string }>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
  what: string,
) {
  return new DataLoader<string, T>(async (ids) => {
    const found = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? new Error(`${what} ${id} not found`));
  });
}

/** Per-request batching, so nested fields cost one query per level, not one per row. */
export function createLoaders(ctx: RequestContext, services: Services) {
  let settings: Promise<SettingsEntity> | undefined;
  return {
    settings: () => (settings ??= services.settings.get(ctx)),
    rewardType: byId<RewardTypeEntity>(
      (ids) => services.definitions.typesByIds(ctx, ids),
      'reward type',
    ),
    rewardDefinition: byId<RewardDefinitionEntity>(
      (ids) => services.definitions.definitionsByIds(ctx, ids),
      'reward definition',
    ),
    actorLabel: new DataLoader<string, string>((actors) => services.auth.actorLabels(ctx, actors)),
    profile: byId<ProfileEntity>((ids) => services.profiles.byIds(ctx, ids), 'profile'),
    reward: byId<RewardEntity>((ids) => services.rewards.byIds(ctx, ids), 'reward'),
    redemption: byId<RedemptionEntity>(
      (ids) => services.redemptions.redemptionsByIds(ctx, ids),
      'redemption',
    ),
    hold: byId<HoldEntity>((ids) => services.redemptions.holdsByIds(ctx, ids), 'hold'),
    redemptionAllocations: new DataLoader<string, RedemptionAllocationEntity[]>(async (ids) => {
      const rows = await services.redemptions.allocationsOf(ctx, ids);
      return ids.map((id) => rows.filter((r) => r.redemptionId === id));
    }),
    holdAllocations: new DataLoader<string, HoldAllocationEntity[]>(async (ids) => {
      const rows = await services.redemptions.holdAllocationsOf(ctx, ids);
      return ids.map((id) => rows.filter((r) => r.holdId === id));
    }),
    // Balances of many profiles in three grouped queries: active value, what live holds
    // reserve on it, and what they hold in all.
    balances: new DataLoader<string, BalanceRow[]>(async (profileIds) => {
      const now = ctx.now();
      const [rows, reserved, held] = await Promise.all([
        services.rewards.balances(ctx, profileIds),
        reservedOnActiveByProfile(ctx.em, profileIds, now),
        heldByProfile(ctx.em, profileIds, now),
      ]);
      const key = (r: { profileId: string; currency: string }) => `${r.profileId}/${r.currency}`;
      const reservedBy = new Map(reserved.map((r) => [key(r), r.held]));
      const heldBy = new Map(held.map((r) => [key(r), r.held]));
      const merged = rows.map((r) => ({
        ...r,
        available: r.available - (reservedBy.get(key(r)) ?? 0),
        held: heldBy.get(key(r)) ?? 0,
      }));
      // A currency whose only value is held still shows, with nothing available.
      for (const h of held) {
        if (!merged.some((r) => key(r) === key(h))) {
          merged.push({
            profileId: h.profileId,
            currency: h.currency,
            available: 0,
            held: h.held,
            activeRewardCount: 0,
            nextExpiry: null,
            expiringSoon: 0,
          });
        }
      }
      return profileIds.map((id) => merged.filter((r) => r.profileId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
