import type { EntityTarget, FindOptionsWhere } from 'typeorm';
import type { RequestContext } from '../../core/context';
import type { Rollback } from '../../db/database';
import { ProfileEntity } from './profile.entity';

/**
 * Runs work on a row that belongs to a profile (a reward, a hold, a redemption) under that
 * profile's lock, re-reading the row once the lock is held. Null when there is no such row.
 */
export async function underProfileLock<E extends { id: string; profileId: string }, T>(
  ctx: RequestContext,
  entity: EntityTarget<E>,
  id: string,
  work: (tx: RequestContext, row: E) => Promise<T | Rollback<T>>,
): Promise<T | null> {
  const where = { id } as FindOptionsWhere<E>;
  const owner = await ctx.em.findOne(entity, {
    where,
    select: { id: true, profileId: true } as never,
  });
  if (!owner) return null;
  return ctx.transaction<T, ProfileEntity>(
    async (tx) => work(tx, await tx.em.findOneByOrFail(entity, where)),
    { lockFirst: { entity: ProfileEntity, id: owner.profileId } },
  );
}
