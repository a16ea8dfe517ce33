import type { RequestContext } from '../core/context';
import type { Logger } from '../core/logger';
import { ExpiryUnit } from '../modules/definitions';
import type { Services } from '../services';

export const DEMO_ADMIN = { email: 'admin@example.com', password: 'rewards-demo' };
export const DEMO_MANAGER = { email: 'manager@example.com', password: 'rewards-demo' };

const DEFINITIONS: {
  handle: string;
  name: string;
  type: string;
  value: number;
  period?: [number, ExpiryUnit];
  fixedDays?: number;
}[] = [
  {
    handle: 'welcome-10',
    name: 'Welcome $10',
    type: 'member-activation',
    value: 1000,
    period: [3, ExpiryUnit.MONTHS],
  },
  {
    handle: 'birthday-15',
    name: 'Birthday $15',
    type: 'birthday',
    value: 1500,
    period: [1, ExpiryUnit.MONTHS],
  },
  {
    handle: 'sorry-10',
    name: 'Sorry $10',
    type: 'customer-service',
    value: 1000,
    period: [90, ExpiryUnit.DAYS],
  },
  {
    handle: 'spend-500-reward',
    name: '$25 for every $500',
    type: 'spend',
    value: 2500,
    period: [6, ExpiryUnit.MONTHS],
  },
  {
    handle: 'summer-sale-20',
    name: 'Summer sale $20',
    type: 'campaign',
    value: 2000,
    fixedDays: 45,
  },
];

const PROFILES = [
  {
    externalId: 'CUST-1001',
    firstName: 'Olivia',
    lastName: 'Nguyen',
    email: 'olivia@example.com',
    tier: 'gold',
    birthDate: '1988-03-14',
  },
  {
    externalId: 'CUST-1002',
    firstName: 'Liam',
    lastName: 'Smith',
    email: 'liam@example.com',
    tier: 'silver',
    birthDate: '1995-11-02',
  },
  {
    externalId: 'CUST-1003',
    firstName: 'Ava',
    lastName: 'Williams',
    email: 'ava@example.com',
    timezone: 'America/New_York',
  },
  {
    externalId: 'CUST-1004',
    firstName: 'Noah',
    lastName: 'Brown',
    email: 'noah@example.com',
    isStaff: true,
  },
  { externalId: 'CUST-1005', firstName: 'Mia', lastName: 'Jones', email: 'mia@example.com' },
];

// Which demo profiles get which rewards (by handle).
const REWARDS: [externalId: string, handle: string, reason: string][] = [
  ['CUST-1001', 'welcome-10', 'Welcome to the club'],
  ['CUST-1001', 'birthday-15', 'Happy birthday'],
  ['CUST-1001', 'summer-sale-20', 'Summer campaign'],
  ['CUST-1002', 'welcome-10', 'Welcome to the club'],
  ['CUST-1002', 'sorry-10', 'Parcel arrived late'],
  ['CUST-1003', 'spend-500-reward', 'Crossed $500 lifetime spend'],
  ['CUST-1005', 'welcome-10', 'Welcome to the club'],
];

/**
 * Demo data for trying the product on the embedded database: staff with known passwords,
 * definitions, profiles and rewards. Seeds only what is missing, so restarting keeps changes.
 */
export async function seedDemoData(ctx: RequestContext, services: Services, logger: Logger) {
  if ((await services.auth.listUsers(ctx)).length === 0) {
    await services.auth.createUser(ctx, { ...DEMO_ADMIN, name: 'Ada Admin', role: 'ADMIN' });
    await services.auth.createUser(ctx, { ...DEMO_MANAGER, name: 'Max Manager', role: 'MANAGER' });
  }
  if ((await services.profiles.search(ctx, null, 1, null)).totalCount === 0) {
    const types = new Map(
      (await services.definitions.listTypes(ctx, true)).map((t) => [t.key, t.id]),
    );
    for (const d of DEFINITIONS) {
      await services.definitions.createDefinition(ctx, {
        handle: d.handle,
        name: d.name,
        typeId: types.get(d.type)!,
        value: d.value,
        expiryPeriod: d.period?.[0] ?? null,
        expiryUnit: d.period?.[1] ?? null,
        absoluteExpiry: d.fixedDays
          ? new Date(ctx.now().getTime() + d.fixedDays * 86_400_000)
          : null,
        published: true,
      });
    }
    for (const p of PROFILES) await services.profiles.create(ctx, p);
    for (const [externalId, handle, reason] of REWARDS) {
      await services.rewards.issue(ctx, {
        profileExternalId: externalId,
        definitionHandle: handle,
        reason,
        idempotencyKey: `demo:${externalId}:${handle}`,
      });
    }
    logger.info('seeded demo data: definitions, profiles and rewards');
  }
  logger.info(
    { admin: DEMO_ADMIN, manager: DEMO_MANAGER },
    'demo sign-in (change these before real use)',
  );
}
