import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RewardDefinitionEntity } from '../../src/modules/definitions/reward-definition.entity';
import { RewardTypeEntity } from '../../src/modules/definitions/reward-type.entity';
import { createDefinition, typeId, unique } from '../support/factories';
import { Client, errorCode, startTestApp, TestApp } from '../support/harness';

let t: TestApp;
let admin: Client;
let manager: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
  manager = await t.signIn('MANAGER');
});
afterAll(async () => {
  await t?.close();
});

const SETTINGS = `{ settings { defaultCurrency defaultTimezone excludedCategories minimumSpend
  maxRedemptionPercent maxRedemptionAmount reversalWindowMinutes returnGraceDays
  managerIssueLimit managerDailyIssueLimit holdTtlSeconds } }`;
const UPDATE_SETTINGS = `mutation($input: SettingsInput!) { updateSettings(input: $input) {
  defaultCurrency defaultTimezone excludedCategories maxRedemptionPercent holdTtlSeconds managerIssueLimit } }`;

describe('settings', () => {
  it('start with sensible defaults', async () => {
    const res = await manager.gql(SETTINGS);
    expect(res.data?.settings).toEqual({
      defaultCurrency: 'AUD',
      defaultTimezone: 'Australia/Melbourne',
      excludedCategories: ['gift-card', 'shipping'],
      minimumSpend: 0,
      maxRedemptionPercent: null,
      maxRedemptionAmount: null,
      reversalWindowMinutes: 10,
      returnGraceDays: 14,
      managerIssueLimit: 5000,
      managerDailyIssueLimit: 20000,
      holdTtlSeconds: 600,
    });
  });

  it('change only the fields given, and null clears a cap', async () => {
    let res = await admin.gql(UPDATE_SETTINGS, {
      input: {
        maxRedemptionPercent: 50,
        excludedCategories: [' Gift-Card ', 'alcohol', 'alcohol'],
      },
    });
    expect(res.data?.updateSettings).toMatchObject({
      maxRedemptionPercent: 50,
      excludedCategories: ['gift-card', 'alcohol'],
      defaultCurrency: 'AUD',
    });
    res = await admin.gql(UPDATE_SETTINGS, {
      input: { maxRedemptionPercent: null, excludedCategories: ['gift-card', 'shipping'] },
    });
    expect(res.data?.updateSettings.maxRedemptionPercent).toBeNull();
  });

  it('accept a real zone and currency in any case', async () => {
    const res = await admin.gql(UPDATE_SETTINGS, {
      input: { defaultTimezone: 'america/new_york', defaultCurrency: 'usd' },
    });
    expect(res.data?.updateSettings).toMatchObject({
      defaultTimezone: 'America/New_York',
      defaultCurrency: 'USD',
    });
    await admin.gql(UPDATE_SETTINGS, {
      input: { defaultTimezone: 'Australia/Melbourne', defaultCurrency: 'AUD' },
    });
  });

  it.each([
    [{ defaultTimezone: 'Mars/Olympus' }, 'defaultTimezone'],
    [{ defaultCurrency: 'XYZ' }, 'defaultCurrency'],
    [{ defaultCurrency: 'dollars' }, 'defaultCurrency'],
    [{ minimumSpend: -1 }, 'minimumSpend'],
    [{ holdTtlSeconds: 3601 }, 'holdTtlSeconds'],
    [{ holdTtlSeconds: 0 }, 'holdTtlSeconds'],
    [{ maxRedemptionPercent: 101 }, 'maxRedemptionPercent'],
    [{ maxRedemptionAmount: 0 }, 'maxRedemptionAmount'],
    [{ managerIssueLimit: -5 }, 'managerIssueLimit'],
    [{ managerIssueLimit: 30000 }, 'managerIssueLimit'],
    [{ reversalWindowMinutes: null }, 'reversalWindowMinutes'],
    [{ excludedCategories: [''] }, 'excludedCategories'],
  ])('reject %o and change nothing', async (input, field) => {
    const before = (await admin.gql(SETTINGS)).data?.settings;
    const res = await admin.gql(UPDATE_SETTINGS, { input });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect((await admin.gql(SETTINGS)).data?.settings).toEqual(before);
  });

  it('are changed by ADMIN only', async () => {
    const res = await manager.gql(UPDATE_SETTINGS, { input: { minimumSpend: 1 } });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});

const TYPES = '{ rewardTypes { key name extensionEnabled extensionDays archived } }';
const CREATE_TYPE = `mutation($input: RewardTypeInput!) { createRewardType(input: $input) { id key name archived } }`;
const UPDATE_TYPE = `mutation($id: ID!, $input: RewardTypeInput!) { updateRewardType(id: $id, input: $input) { key name extensionEnabled extensionDays } }`;

describe('reward types', () => {
  it('come seeded with the eight standard types', async () => {
    const res = await manager.gql(TYPES);
    expect(res.data?.rewardTypes.map((r: { key: string }) => r.key).sort()).toEqual([
      'birthday',
      'campaign',
      'customer-service',
      'join-anniversary',
      'member-activation',
      're-activation',
      'spend',
      'staff',
    ]);
  });

  it('are created by an ADMIN, edited by a MANAGER, and keep their key', async () => {
    const input = {
      key: 'vip-thanks',
      name: 'VIP thanks',
      extensionEnabled: false,
      extensionDays: 0,
    };
    expect(errorCode(await manager.gql(CREATE_TYPE, { input }))).toBe('FORBIDDEN');
    const created = (await admin.gql(CREATE_TYPE, { input })).data?.createRewardType;
    expect(created).toMatchObject({ key: 'vip-thanks', archived: false });
    const dup = await admin.gql(CREATE_TYPE, { input });
    expect(errorCode(dup)).toBe('BAD_USER_INPUT');

    const edited = await manager.gql(UPDATE_TYPE, {
      id: created.id,
      input: { ...input, name: 'VIP thank-you', extensionEnabled: true, extensionDays: 14 },
    });
    expect(edited.data?.updateRewardType).toEqual({
      key: 'vip-thanks',
      name: 'VIP thank-you',
      extensionEnabled: true,
      extensionDays: 14,
    });
    const rekey = await manager.gql(UPDATE_TYPE, {
      id: created.id,
      input: { ...input, key: 'other' },
    });
    expect(errorCode(rekey)).toBe('BAD_USER_INPUT');
  });

  it('once archived, leave the list and take no new definitions', async () => {
    const created = (
      await admin.gql(CREATE_TYPE, {
        input: { key: unique('old'), name: 'Old', extensionEnabled: false, extensionDays: 0 },
      })
    ).data?.createRewardType;
    const archived = await manager.gql(
      'mutation($id: ID!) { archiveRewardType(id: $id) { archived } }',
      { id: created.id },
    );
    expect(archived.data?.archiveRewardType.archived).toBe(true);
    const listed = (await manager.gql(TYPES)).data?.rewardTypes.map((r: { key: string }) => r.key);
    expect(listed).not.toContain(created.key);
    await expect(createDefinition(admin, { typeId: created.id })).rejects.toThrow(/archived/);
  });

  it.each([
    [{ key: 'Not Valid', name: 'X', extensionEnabled: false, extensionDays: 0 }, 'key'],
    [{ key: 'ok-key', name: '  ', extensionEnabled: false, extensionDays: 0 }, 'name'],
    [{ key: 'ok-key', name: 'X', extensionEnabled: true, extensionDays: 0 }, 'extensionDays'],
    [{ key: 'ok-key', name: 'X', extensionEnabled: false, extensionDays: -1 }, 'extensionDays'],
  ])('reject %o', async (input, field) => {
    const before = await t.db.manager.count(RewardTypeEntity);
    const res = await admin.gql(CREATE_TYPE, { input });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(await t.db.manager.count(RewardTypeEntity)).toBe(before);
  });
});

const DEFINITION = `id handle name description value { amount currency } expiryPeriod expiryUnit
  absoluteExpiry assignable published archived type { key }`;
const CREATE_DEF = `mutation($input: RewardDefinitionInput!) { createRewardDefinition(input: $input) { ${DEFINITION} } }`;
const UPDATE_DEF = `mutation($id: ID!, $input: RewardDefinitionInput!) { updateRewardDefinition(id: $id, input: $input) { ${DEFINITION} } }`;

describe('reward definitions', () => {
  it('are created with a relative expiry, the default currency and sensible flags', async () => {
    const input = {
      handle: 'sorry-10',
      name: 'Sorry $10',
      typeId: await typeId(admin, 'customer-service'),
      value: 1000,
      expiryPeriod: 3,
      expiryUnit: 'MONTHS',
    };
    const res = await admin.gql(CREATE_DEF, { input });
    expect(res.data?.createRewardDefinition).toMatchObject({
      handle: 'sorry-10',
      value: { amount: 1000, currency: 'AUD' },
      expiryPeriod: 3,
      expiryUnit: 'MONTHS',
      absoluteExpiry: null,
      assignable: true,
      published: false,
      archived: false,
      type: { key: 'customer-service' },
    });
    const byHandle = await manager.gql(`{ rewardDefinition(handle: "sorry-10") { id } }`);
    expect(byHandle.data?.rewardDefinition.id).toBe(res.data?.createRewardDefinition.id);
    const byId = await manager.gql(`query($id: ID) { rewardDefinition(id: $id) { handle } }`, {
      id: res.data?.createRewardDefinition.id,
    });
    expect(byId.data?.rewardDefinition.handle).toBe('sorry-10');
    expect((await manager.gql(`{ rewardDefinition(handle: "nope") { id } }`)).data).toEqual({
      rewardDefinition: null,
    });
  });

  it('take a fixed expiry and another currency', async () => {
    const absoluteExpiry = new Date(Date.now() + 40 * 86_400_000).toISOString();
    const res = await admin.gql(CREATE_DEF, {
      input: {
        handle: 'black-friday',
        name: 'Black Friday',
        typeId: await typeId(admin, 'campaign'),
        value: 2500,
        currency: 'nzd',
        absoluteExpiry,
        published: true,
      },
    });
    expect(res.data?.createRewardDefinition).toMatchObject({
      value: { amount: 2500, currency: 'NZD' },
      absoluteExpiry,
      expiryPeriod: null,
      published: true,
    });
  });

  it('are updated by a MANAGER but created by an ADMIN only', async () => {
    const def = await createDefinition(admin);
    const input = {
      handle: def.handle,
      name: 'Renamed',
      typeId: await typeId(admin, 'customer-service'),
      value: 1500,
      expiryPeriod: 30,
      expiryUnit: 'DAYS',
    };
    const res = await manager.gql(UPDATE_DEF, { id: def.id, input });
    expect(res.data?.updateRewardDefinition).toMatchObject({
      name: 'Renamed',
      value: { amount: 1500 },
      expiryUnit: 'DAYS',
    });
    expect(
      errorCode(await manager.gql(CREATE_DEF, { input: { ...input, handle: unique('m') } })),
    ).toBe('FORBIDDEN');
  });

  it('are archived, and then leave the default list and cannot change', async () => {
    const def = await createDefinition(admin);
    const res = await manager.gql(
      'mutation($id: ID!) { archiveRewardDefinition(id: $id) { archived } }',
      { id: def.id },
    );
    expect(res.data?.archiveRewardDefinition.archived).toBe(true);
    const active = await manager.gql('{ rewardDefinitions { id } }');
    expect(active.data?.rewardDefinitions.map((d: { id: string }) => d.id)).not.toContain(def.id);
    const all = await manager.gql('{ rewardDefinitions(includeArchived: true) { id } }');
    expect(all.data?.rewardDefinitions.map((d: { id: string }) => d.id)).toContain(def.id);
    const update = await admin.gql(UPDATE_DEF, {
      id: def.id,
      input: {
        handle: def.handle,
        name: 'X',
        typeId: await typeId(admin, 'campaign'),
        value: 1,
        expiryPeriod: 1,
        expiryUnit: 'DAYS',
      },
    });
    expect(errorCode(update)).toBe('BAD_USER_INPUT');
  });

  it('keep handles unique', async () => {
    const def = await createDefinition(admin);
    await expect(createDefinition(admin, { handle: def.handle })).rejects.toThrow(/already exists/);
  });

  const base = async () => ({
    handle: unique('bad'),
    name: 'Bad',
    typeId: await typeId(admin, 'campaign'),
    value: 100,
    expiryPeriod: 1,
    expiryUnit: 'MONTHS',
  });
  it.each([
    [{ handle: 'Has Spaces' }, 'handle'],
    [{ handle: 'slash/handle' }, 'handle'],
    [{ value: 0 }, 'value'],
    [{ value: -100 }, 'value'],
    [{ currency: 'ABC' }, 'currency'],
    [{ expiryPeriod: null, expiryUnit: null }, 'expiryPeriod'],
    [{ absoluteExpiry: '2030-01-01T00:00:00Z' }, 'expiryPeriod'],
    [{ expiryUnit: null }, 'expiryUnit'],
    [{ expiryPeriod: 0 }, 'expiryPeriod'],
    [{ expiryPeriod: 11, expiryUnit: 'YEARS' }, 'expiryPeriod'],
    [
      { expiryPeriod: null, expiryUnit: null, absoluteExpiry: '2020-01-01T00:00:00Z' },
      'absoluteExpiry',
    ],
    [{ typeId: '00000000-0000-7000-8000-00000000ffff' }, 'typeId'],
    [{ name: '' }, 'name'],
  ])('reject %o and write nothing', async (change, field) => {
    const before = await t.db.manager.count(RewardDefinitionEntity);
    const res = await admin.gql(CREATE_DEF, { input: { ...(await base()), ...change } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(await t.db.manager.count(RewardDefinitionEntity)).toBe(before);
  });

  it('reject fractional and out-of-range values before anything runs', async () => {
    for (const value of [10.5, 2 ** 31, '100']) {
      const res = await admin.gql(CREATE_DEF, { input: { ...(await base()), value } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
  });
});
