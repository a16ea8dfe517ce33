import type { Services } from '../app';
import type { Logger } from '../lib/logger';
import type { RequestContext } from '../lib/request-context';
import { UserEntity } from '../modules/auth/entities';

export const DEMO_ADMIN = { email: 'admin@example.com', password: 'rewards-demo' };
export const DEMO_MANAGER = { email: 'manager@example.com', password: 'rewards-demo' };

/**
 * Demo data for trying the product on the embedded database: staff accounts with known
 * passwords. Seeds only an empty database, so restarting keeps what was changed.
 */
export async function seedDemoData(ctx: RequestContext, services: Services, logger: Logger) {
  if ((await ctx.em.count(UserEntity)) === 0) {
    await services.auth.createUser(ctx, { ...DEMO_ADMIN, name: 'Ada Admin', role: 'ADMIN' });
    await services.auth.createUser(ctx, { ...DEMO_MANAGER, name: 'Max Manager', role: 'MANAGER' });
    logger.info('seeded demo data');
  }
  logger.info(
    { admin: DEMO_ADMIN, manager: DEMO_MANAGER },
    'demo sign-in (change these before real use)',
  );
}
