import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEntryEntity } from '../../src/modules/rewards/ledger-entry.entity';
import { RewardEntity } from '../../src/modules/rewards/reward.entity';
import { BulkIssueJobEntity } from '../../src/modules/bulk/bulk.entity';
import { graphql } from '../graphql/generated';
import { createDefinition, createProfile, unique } from '../support/factories';
import { Client, errorCode, startTestApp, TestApp } from '../support/harness';
import { expectInvariants } from '../support/invariants';
import { eventually } from '../support/receiver';

const BULK = graphql(`
  mutation BulkIssueForTest($input: BulkIssueInput!) {
    bulkIssueRewards(input: $input) {
      id
      status
      total
      processed
      failed
      errors
    }
  }
`);
const BULK_CSV = graphql(`
  mutation BulkIssueCsvForTest($input: BulkIssueCsvInput!) {
    bulkIssueRewardsCsv(input: $input) {
      id
      status
      total
    }
  }
`);
const JOB = graphql(`
  query BulkJobForTest($id: ID!) {
    bulkIssueJob(id: $id) {
      id
      status
      total
      processed
      failed
      errors
    }
  }
`);
const ARCHIVE = graphql(`
  mutation ArchiveDefinitionForBulk($id: ID!) {
    archiveRewardDefinition(id: $id) {
      archived
    }
  }
`);

let t: TestApp;
let admin: Client;
let def: { id: string };
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
  def = await createDefinition(admin, { value: 700 });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

async function profiles(n: number) {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push((await createProfile(admin)).externalId);
  return out;
}

async function finished(client: Client, id: string) {
  return eventually(async () => {
    const job = (await client.gql(JOB, { id })).data?.bulkIssueJob;
    return job?.status === 'COMPLETED' && job;
  }, 60_000);
}

describe('bulk issue', () => {
  it('issues ordinary rewards in the background and reports progress and per-row errors', async () => {
    const ids = await profiles(5);
    const list = [ids[0], 'NOPE-1', ids[1], ids[2], ids[2], ids[3], ids[4]];
    const res = await admin.gql(BULK, {
      input: {
        definitionId: def.id,
        profileExternalIds: list,
        reason: 'Winter campaign',
        idempotencyKey: unique('b'),
      },
    });
    const created = res.data!.bulkIssueRewards;
    expect(created).toMatchObject({ total: 7, processed: 0, failed: 0 });
    const job = await finished(admin, created.id);
    expect(job).toMatchObject({ total: 7, processed: 7, failed: 2 });
    expect(job.errors).toEqual([
      'Row 2 (NOPE-1): No profile has this external id.',
      'Row 5 (' + ids[2] + '): Listed more than once; issued once.',
    ]);
    const rewards = await t.db.manager.find(RewardEntity, { where: { reason: 'Winter campaign' } });
    expect(rewards).toHaveLength(5);
    expect(rewards.every((r) => r.source === 'IMPORT' && r.valueInitial === 700)).toBe(true);
    const entries = await t.db.manager.find(LedgerEntryEntity, {
      where: { reason: 'Winter campaign' },
    });
    expect(entries.map((e) => e.type)).toEqual(['ISSUE', 'ISSUE', 'ISSUE', 'ISSUE', 'ISSUE']);
    await expectInvariants(t.db, t.clock.now());
  });

  it('is idempotent by key: a retry returns the same job and issues nothing more', async () => {
    const ids = await profiles(2);
    const input = {
      definitionId: def.id,
      profileExternalIds: ids,
      reason: 'Retry',
      idempotencyKey: unique('b'),
    };
    const first = (await admin.gql(BULK, { input })).data!.bulkIssueRewards;
    const again = (await admin.gql(BULK, { input })).data!.bulkIssueRewards;
    expect(again.id).toBe(first.id);
    await finished(admin, first.id);
    const third = (await admin.gql(BULK, { input })).data!.bulkIssueRewards;
    expect(third).toMatchObject({ id: first.id, status: 'COMPLETED', processed: 2 });
    expect(await t.db.manager.countBy(RewardEntity, { reason: 'Retry' })).toBe(2);
    const other = await admin.gql(BULK, { input: { ...input, reason: 'Different' } });
    expect(errorCode(other)).toBe('BAD_USER_INPUT');
  });

  it('fails rows over a MANAGER limit and rows of an archived definition', async () => {
    const manager = await t.signIn('MANAGER');
    const big = await createDefinition(admin, { value: 1_000_000_00 });
    const ids = await profiles(2);
    const res = await manager.gql(BULK, {
      input: {
        definitionId: big.id,
        profileExternalIds: ids,
        reason: 'Too much',
        idempotencyKey: unique('b'),
      },
    });
    const job = await finished(manager, res.data!.bulkIssueRewards.id);
    expect(job).toMatchObject({ processed: 2, failed: 2 });
    expect(job.errors[0]).toMatch(/Managers can issue at most/);

    const old = await createDefinition(admin, { value: 100 });
    await admin.gql(ARCHIVE, { id: old.id });
    const res2 = await admin.gql(BULK, {
      input: {
        definitionId: old.id,
        profileExternalIds: ids,
        reason: 'Archived',
        idempotencyKey: unique('b'),
      },
    });
    const job2 = await finished(admin, res2.data!.bulkIssueRewards.id);
    expect(job2).toMatchObject({ processed: 2, failed: 2 });
    expect(job2.errors[0]).toMatch(/archived/);
    expect(await t.db.manager.countBy(RewardEntity, { reason: 'Archived' })).toBe(0);
  });

  it('takes a CSV upload with an id column', async () => {
    const ids = await profiles(3);
    const csv = `name,External ID\r\nA,${ids[0]}\r\n"B, jr",${ids[1]}\r\nC,${ids[2]}\r\n`;
    const res = await admin.gql(BULK_CSV, {
      input: {
        definitionId: def.id,
        csv: csv.replace('External ID', 'externalId'),
        reason: 'CSV',
        idempotencyKey: unique('b'),
      },
    });
    expect(res.data?.bulkIssueRewardsCsv.total).toBe(3);
    await finished(admin, res.data!.bulkIssueRewardsCsv.id);
    expect(await t.db.manager.countBy(RewardEntity, { reason: 'CSV' })).toBe(3);
    const named = await admin.gql(BULK_CSV, {
      input: {
        definitionId: def.id,
        csv,
        column: 'External ID',
        reason: 'CSV2',
        idempotencyKey: unique('b'),
      },
    });
    expect(named.data?.bulkIssueRewardsCsv.total).toBe(3);
  });

  it('refuses bad input and writes nothing', async () => {
    const before = await t.db.manager.count(BulkIssueJobEntity);
    const base = { definitionId: def.id, reason: 'Bad', idempotencyKey: unique('b') };
    expect(errorCode(await admin.gql(BULK, { input: { ...base, profileExternalIds: [] } }))).toBe(
      'BAD_USER_INPUT',
    );
    const tooMany = Array.from({ length: 100_001 }, (_, i) => `X${i}`);
    expect(
      errorCode(await admin.gql(BULK, { input: { ...base, profileExternalIds: tooMany } })),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await admin.gql(BULK, { input: { ...base, profileExternalIds: ['  '] } })),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await admin.gql(BULK_CSV, { input: { ...base, csv: 'name,email\nA,a@example.com\n' } }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await admin.gql(BULK, {
          input: {
            ...base,
            definitionId: '00000000-0000-7000-8000-000000000000',
            profileExternalIds: ['A'],
          },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await t.db.manager.count(BulkIssueJobEntity)).toBe(before);
  });

  it('resumes an unfinished job after a restart of the server', async () => {
    const ids = await profiles(40);
    // A server whose worker waits an hour, so the test runs the first batch itself.
    t = await t.restart({ bulkPollMs: 3_600_000 });
    admin = t.client(admin.token);
    t.services.bulk.batchSize = 3;
    const unique40 = [...ids, ...ids.map((_, i) => `MISSING-${i}`)];
    const res = await admin.gql(BULK, {
      input: {
        definitionId: def.id,
        profileExternalIds: unique40,
        reason: 'Resume',
        idempotencyKey: unique('b'),
      },
    });
    const id = res.data!.bulkIssueRewards.id;
    // Batches until this job has its first 3 rows (an earlier job in the queue goes first).
    const progress = async () => (await admin.gql(JOB, { id })).data!.bulkIssueJob!;
    for (let i = 0; i < 50 && (await progress()).processed === 0; i++) {
      await t.services.bulk.runBatch(t.system);
    }
    const midway = await progress();
    expect(midway).toMatchObject({ status: 'RUNNING', processed: 3 });
    // The restart lands mid-job; the new server's worker takes the rest.
    t = await t.restart({ bulkPollMs: 50 });
    admin = t.client(admin.token);
    const job = await finished(admin, id);
    expect(job).toMatchObject({ total: unique40.length, processed: unique40.length, failed: 40 });
    expect(await t.db.manager.countBy(RewardEntity, { reason: 'Resume' })).toBe(40);
    await expectInvariants(t.db, t.clock.now());
  });
});
