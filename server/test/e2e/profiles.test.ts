import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProfileEntity } from '../../src/modules/profiles/profile.entity';
import { createDefinition, createProfile, issue, unique } from '../support/factories';
import { graphql } from '../graphql/generated';
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

graphql(`
  fragment ProfileFields on Profile {
    id
    externalId
    email
    firstName
    lastName
    birthDate
    joinedAt
    timezone
    tier
    isStaff
    lifetimeSpend {
      amount
      currency
    }
  }
`);
const CREATE = graphql(`
  mutation CreateProfileForTest($input: ProfileInput!) {
    createProfile(input: $input) {
      ...ProfileFields
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateProfileForTest($id: ID!, $input: UpdateProfileInput!) {
    updateProfile(id: $id, input: $input) {
      ...ProfileFields
    }
  }
`);
const BY_EXTERNAL_ID = graphql(`
  query ProfileByExternalId($externalId: String) {
    profile(externalId: $externalId) {
      id
    }
  }
`);
const BY_ID = graphql(`
  query ProfileById($id: ID) {
    profile(id: $id) {
      externalId
    }
  }
`);
const SEARCH = graphql(`
  query SearchProfiles($s: String, $first: Int, $after: String) {
    profiles(search: $s, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          lastName
        }
      }
    }
  }
`);
const LIST_WITH_BALANCES = graphql(`
  query ProfilesWithBalances($s: String) {
    profiles(search: $s, first: 50) {
      edges {
        node {
          id
          lifetimeSpend {
            amount
          }
          balance {
            available {
              amount
            }
            activeRewardCount
          }
          balances {
            currency
          }
        }
      }
    }
  }
`);

describe('profiles', () => {
  it('are created with the brand timezone by default and found by id or external id', async () => {
    const res = await manager.gql(CREATE, {
      input: {
        externalId: 'C-1001',
        email: 'Jo.Smith@Example.com',
        firstName: 'Jo',
        lastName: 'Smith',
        birthDate: '1990-02-28',
        tier: 'gold',
      },
    });
    const created = res.data!.createProfile;
    expect(created).toMatchObject({
      externalId: 'C-1001',
      email: 'jo.smith@example.com',
      timezone: 'Australia/Melbourne',
      isStaff: false,
      lifetimeSpend: { amount: 0, currency: 'AUD' },
    });
    const byExternal = await manager.gql(BY_EXTERNAL_ID, { externalId: 'C-1001' });
    expect(byExternal.data?.profile?.id).toBe(created.id);
    const byId = await manager.gql(BY_ID, { id: created.id });
    expect(byId.data?.profile?.externalId).toBe('C-1001');
    expect((await manager.gql(BY_EXTERNAL_ID, { externalId: 'nobody' })).data?.profile).toBeNull();
  });

  it('keep external ids unique', async () => {
    const p = await createProfile(admin);
    const res = await admin.gql(CREATE, { input: { externalId: p.externalId } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('stay unique when the same external id is created many times at once', async () => {
    const externalId = unique('race');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => admin.gql(CREATE, { input: { externalId } })),
    );
    expect(answers.filter((a) => a.data?.createProfile)).toHaveLength(1);
    expect(answers.filter((a) => errorCode(a) === 'BAD_USER_INPUT')).toHaveLength(9);
  });

  it('change only the fields given, and null clears', async () => {
    const p = await createProfile(admin, { email: 'a@b.co', tier: 'silver' });
    const res = await manager.gql(UPDATE, {
      id: p.id,
      input: { tier: null, timezone: 'America/New_York', lastName: 'Lee' },
    });
    expect(res.data?.updateProfile).toMatchObject({
      email: 'a@b.co',
      tier: null,
      timezone: 'America/New_York',
      lastName: 'Lee',
    });
  });

  it.each([
    [{ externalId: '  ' }, 'externalId'],
    [{ email: 'not-an-email' }, 'email'],
    [{ timezone: 'Nowhere/Land' }, 'timezone'],
    [{ birthDate: '1990-02-30' }, 'birthDate'],
    [{ birthDate: '02/03/1990' }, 'birthDate'],
    [{ birthDate: '2999-01-01' }, 'birthDate'],
    [{ joinedAt: '2999-01-01T00:00:00Z' }, 'joinedAt'],
  ])('reject %o and write nothing', async (change, field) => {
    const before = await t.db.manager.count(ProfileEntity);
    const res = await admin.gql(CREATE, { input: { externalId: unique('x'), ...change } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(await t.db.manager.count(ProfileEntity)).toBe(before);
  });

  it('are searched by name, email or external id, a page at a time', async () => {
    const tag = unique('zq').replace(/-/g, '');
    for (let i = 0; i < 5; i++) {
      await createProfile(admin, {
        firstName: `Pat${tag}`,
        lastName: `N${i}`,
        email: `pat${i}.${tag}@x.io`,
      });
    }
    const Q = SEARCH;
    const page1 = (await manager.gql(Q, { s: `pat${tag}`, first: 2 })).data!.profiles;
    expect(page1.totalCount).toBe(5);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges.map((e) => e.node.lastName)).toEqual(['N4', 'N3']);
    const page2 = (
      await manager.gql(Q, { s: `PAT${tag}`, first: 2, after: page1.pageInfo.endCursor })
    ).data!.profiles;
    expect(page2.edges.map((e) => e.node.lastName)).toEqual(['N2', 'N1']);
    const page3 = (
      await manager.gql(Q, { s: `pat${tag}`, first: 2, after: page2.pageInfo.endCursor })
    ).data!.profiles;
    expect(page3.pageInfo.hasNextPage).toBe(false);
    expect(page3.edges).toHaveLength(1);
    const byEmail = (await manager.gql(Q, { s: `pat3.${tag}@x.io` })).data?.profiles;
    expect(byEmail?.totalCount).toBe(1);
    // A literal % is searched for, not treated as a wildcard.
    expect((await manager.gql(Q, { s: '%' })).data?.profiles.totalCount).toBe(0);
    expect(errorCode(await manager.gql(Q, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await manager.gql(Q, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });

  it('say where a page sits: its first and last cursors, and whether pages come before and after', async () => {
    const tag = unique('pg').replace(/-/g, '');
    for (let i = 0; i < 3; i++) await createProfile(admin, { firstName: tag, lastName: `N${i}` });
    // A newer profile outside the search: its cursor points before every match.
    const otherName = unique('other').replace(/-/g, '');
    await createProfile(admin, { firstName: otherName });
    const page = (s: string, first: number, after?: string | null) =>
      manager.gql(SEARCH, { s, first, after }).then((r) => r.data!.profiles);
    const names = (p: { edges: { node: { lastName?: string | null } }[] }) =>
      p.edges.map((e) => e.node.lastName);

    const p1 = await page(tag, 1);
    expect(names(p1)).toEqual(['N2']);
    expect(p1.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: p1.edges[0].cursor,
      endCursor: p1.edges[0].cursor,
    });

    // After a one-item first page, the item at the cursor comes before this page.
    const p2 = await page(tag, 1, p1.pageInfo.endCursor);
    expect(names(p2)).toEqual(['N1']);
    expect(p2.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: p2.edges[0].cursor,
    });

    const p3 = await page(tag, 5, p2.pageInfo.endCursor);
    expect(names(p3)).toEqual(['N0']);
    expect(p3.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    // Past the end: an empty page without cursors, with pages before it.
    const empty = await page(tag, 5, p3.pageInfo.endCursor);
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });

    // Only the list's own items count: after a cursor from another list, newer than every
    // match, nothing of this list comes before.
    const otherCursor = (await page(otherName, 1)).edges[0].cursor;
    const fromOther = await page(tag, 5, otherCursor);
    expect(names(fromOther)).toEqual(['N2', 'N1', 'N0']);
    expect(fromOther.pageInfo.hasPreviousPage).toBe(false);
  });

  it('list with their balances in a fixed number of queries, however many there are', async () => {
    const def = await createDefinition(admin);
    const tag = unique('bulk').replace(/-/g, '');
    for (let i = 0; i < 50; i++) {
      const p = await createProfile(admin, { firstName: tag });
      if (i % 2 === 0) await issue(admin, { profileId: p.id, definitionId: def.id });
    }
    let queries = 0;
    const logger = t.db.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (...args) => {
      queries++;
      return original(...args);
    };
    try {
      const res = await manager.gql(LIST_WITH_BALANCES, { s: tag });
      const edges = res.data!.profiles.edges;
      expect(edges).toHaveLength(50);
      expect(edges.filter((e) => e.node.balance.available.amount === 1000)).toHaveLength(25);
    } finally {
      logger.logQuery = original;
    }
    // Auth, count, page, settings, balances: no query per profile.
    expect(queries).toBeLessThanOrEqual(8);
  });
});
