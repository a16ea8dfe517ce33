import DataLoader from 'dataloader';
import type { Services } from '../app';
import type { RequestContext } from '../lib/request-context';
import type { RewardDefinitionEntity, RewardTypeEntity } from '../modules/definitions';
import type { ProfileEntity } from '../modules/profiles';
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
    profile: byId<ProfileEntity>((ids) => services.profiles.byIds(ctx, ids), 'profile'),
    reward: byId<RewardEntity>((ids) => services.rewards.byIds(ctx, ids), 'reward'),
    balances: new DataLoader<string, BalanceRow[]>(async (profileIds) => {
      const rows = await services.rewards.balances(ctx, profileIds);
      return profileIds.map((id) => rows.filter((r) => r.profileId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
