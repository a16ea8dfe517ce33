import type { RequestContext } from '../src/core/context';
import { newId } from '../src/core/ids';
import type { Database } from '../src/db/database';
import type { Services } from '../src/services';

export interface BenchArgs {
  db: 'mysql' | 'sqlite' | null;
  profiles: number;
  duration: number;
  connections: number[];
  /** Scenarios to run (all when null): balance, redeem, hot, floor, heavy. */
  only: string[] | null;
  /** A folder for the server's CPU profile (`node --cpu-prof`), written when it stops. */
  cpuProf: string | null;
}

export const SCENARIOS = ['balance', 'redeem', 'hot', 'floor', 'heavy'];

/** `--db mysql|sqlite --profiles N --duration S --connections 16,64 --only balance,floor --cpu-prof DIR` */
export function parseArgs(argv: string[]): BenchArgs {
  const out: BenchArgs = {
    db: null,
    profiles: 10_000,
    duration: 10,
    connections: [16, 64],
    only: null,
    cpuProf: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--db' && (value === 'mysql' || value === 'sqlite')) out.db = value;
    else if (flag === '--profiles') out.profiles = positive(value, flag);
    else if (flag === '--duration') out.duration = positive(value, flag);
    else if (flag === '--connections')
      out.connections = value.split(',').map((v) => positive(v, flag));
    else if (flag === '--only') out.only = scenarios(value);
    else if (flag === '--cpu-prof' && value) out.cpuProf = value;
    else throw new Error(`unknown argument ${flag}`);
    i++;
  }
  return out;
}

function scenarios(value: string | undefined): string[] {
  const names = (value ?? '').split(',');
  const unknown = names.filter((n) => !SCENARIOS.includes(n));
  if (unknown.length || !names.length)
    throw new Error(`--only takes a list of ${SCENARIOS.join(', ')}; not ${unknown.join(', ')}`);
  return names;
}

function positive(value: string | undefined, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive whole number`);
  return n;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export interface SeedResult {
  profiles: string[];
  /** The profile every client of the hot-profile run redeems from. */
  hot: string;
  /** A profile with 10,000 used and expired rewards beside its 5 active ones. */
  heavy: string;
  rows: number;
}

const REWARDS_PER_PROFILE = 5;
const VALUE = 100_000;
const PROFILE_COLUMNS =
  'id, externalId, email, firstName, lastName, birthDate, joinedAt, timezone, tier, isStaff, lifetimeSpend, searchText, createdAt, updatedAt';
const REWARD_COLUMNS =
  'id, profileId, definitionId, typeId, currency, valueInitial, valueRemaining, openUntil, timezone, issuedAt, activatesAt, expiresAt, extendedAt, extensionCount, voidedAt, source, issuedBy, reason, meta';
const LEDGER_COLUMNS =
  'id, profileId, currency, seq, type, rewardId, redemptionId, amount, balanceAfter, actor, reason, createdAt';

/** DATETIME(3) text both databases store and compare the way the app writes it. */
const at = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

/**
 * Profiles with five active rewards each and their ISSUE entries, written with multi-row
 * inserts (1,000 rows a statement), a batch of profiles per transaction.
 */
export async function seed(
  db: Database,
  system: RequestContext,
  services: Services,
  count: number,
): Promise<SeedResult> {
  const types = await services.definitions.listTypes(system, false);
  const definition = await services.definitions.createDefinition(system, {
    handle: 'bench',
    name: 'Bench',
    typeId: types[0].id,
    value: VALUE,
    expiryPeriod: 1,
    expiryUnit: 'YEARS' as never,
  });
  const now = Date.now();
  const ids: string[] = [];
  let rows = 0;
  const insert = async (table: string, columns: string, values: unknown[][]) => {
    for (let i = 0; i < values.length; i += 1000) {
      const chunk = values.slice(i, i + 1000);
      const one = `(${columns
        .split(',')
        .map(() => '?')
        .join(', ')})`;
      await db.manager.query(
        `INSERT INTO ${table} (${columns}) VALUES ${chunk.map(() => one).join(', ')}`,
        chunk.flat(),
      );
      rows += chunk.length;
    }
  };
  const batch = async (profileIds: string[], history = 0) => {
    const profiles: unknown[][] = [];
    const rewards: unknown[][] = [];
    const ledger: unknown[][] = [];
    const stamp = at(new Date(now - 86_400_000));
    for (const id of profileIds) {
      profiles.push([
        id,
        id,
        null,
        'Bench',
        null,
        null,
        stamp,
        'UTC',
        null,
        0,
        0,
        id,
        stamp,
        stamp,
      ]);
      for (let k = 0; k < REWARDS_PER_PROFILE; k++) {
        const rewardId = newId();
        const expires = at(new Date(now + (30 + k * 30) * 86_400_000));
        rewards.push([
          rewardId,
          id,
          definition.id,
          definition.typeId,
          'AUD',
          VALUE,
          VALUE,
          expires,
          'UTC',
          stamp,
          null,
          expires,
          null,
          0,
          null,
          'MANUAL',
          'system:bench',
          'bench',
          null,
        ]);
        ledger.push([
          newId(),
          id,
          'AUD',
          k + 1,
          'ISSUE',
          rewardId,
          null,
          VALUE,
          VALUE * (k + 1),
          'system:bench',
          'bench',
          stamp,
        ]);
      }
      for (let h = 0; h < history; h++) {
        // Used or expired long ago: history the balance must not have to read.
        const used = h % 2 === 0;
        const expires = at(new Date(now - (1 + (h % 300)) * 86_400_000 * (used ? -1 : 1)));
        rewards.push([
          newId(),
          id,
          definition.id,
          definition.typeId,
          'AUD',
          1000,
          used ? 0 : 1000,
          used ? null : expires,
          'UTC',
          stamp,
          null,
          expires,
          null,
          0,
          null,
          'MANUAL',
          'system:bench',
          'history',
          null,
        ]);
      }
    }
    await db.transaction(async () => {
      await insert('profiles', PROFILE_COLUMNS, profiles);
      await insert('rewards', REWARD_COLUMNS, rewards);
      await insert('ledger_entries', LEDGER_COLUMNS, ledger);
    });
  };
  const PER_BATCH = 2000;
  for (let i = 0; i < count; i += PER_BATCH) {
    const chunk = Array.from({ length: Math.min(PER_BATCH, count - i) }, () => newId());
    await batch(chunk);
    ids.push(...chunk);
    if ((i / PER_BATCH) % 50 === 49) console.log(`  ${i + chunk.length} profiles`);
  }
  const heavy = newId();
  await batch([heavy], 10_000);
  return { profiles: ids, hot: ids[0], heavy, rows };
}
