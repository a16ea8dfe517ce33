import { QueryFailedError } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { badInput } from '../../core/errors';
import { newId } from '../../core/ids';
import { ErrorResult } from '../../core/results';
import * as check from '../../core/validate';
import type { DefinitionsService } from '../definitions';
import type { ProfilesService } from '../profiles';
import type { RewardsService } from '../rewards';
import { BulkIssueJobEntity, BulkIssueRowEntity } from './bulk.entity';
import { checkIds, idsFromCsv, type Parsed, requestHash } from './bulk.rules';

export interface BulkDeps {
  rewards: RewardsService;
  profiles: ProfilesService;
  definitions: DefinitionsService;
}

export interface BulkRequest {
  definitionId: string;
  value?: number | null;
  reason: string;
  idempotencyKey: string;
}

const LEASE_MS = 60_000;
const SHOWN_ERRORS = 100;

function isUniqueViolation(err: unknown): boolean {
  const e =
    err instanceof QueryFailedError ? (err.driverError as { errno?: number; code?: string }) : null;
  return (
    e?.errno === 1062 ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * Bulk issue: a job of up to 100,000 profiles, issued in the background in batches. Each
 * batch issues its rewards and records its rows' outcomes in one transaction, so a restart
 * (or a second server) never issues a row twice and never loses one.
 */
export class BulkService {
  /** Rows per transaction. */
  batchSize = 500;
  private readonly held = new Set<string>();

  constructor(private readonly deps: BulkDeps) {}

  /** Starts a job for a list of external ids; a retry with the same key returns the same job. */
  createFromList(
    ctx: RequestContext,
    input: BulkRequest & { profileExternalIds: string[] },
  ): Promise<BulkIssueJobEntity> {
    return this.create(ctx, input, checkIds(input.profileExternalIds), 'profileExternalIds');
  }

  /** The same from a CSV upload whose header names the external id column. */
  createFromCsv(
    ctx: RequestContext,
    input: BulkRequest & { csv: string; column?: string | null },
  ): Promise<BulkIssueJobEntity> {
    return this.create(ctx, input, idsFromCsv(input.csv, input.column), 'csv');
  }

  private async create(
    ctx: RequestContext,
    input: BulkRequest,
    parsed: Parsed,
    field: string,
  ): Promise<BulkIssueJobEntity> {
    const reason = check.requiredText(input.reason, 'reason', 500, { multiline: true });
    const key = check.idempotencyKey(input.idempotencyKey);
    const value = input.value == null ? null : check.positiveCents(input.value, 'value');
    if (!parsed.ok) throw badInput(parsed.reason, field);
    const principal = ctx.principal;
    if (principal?.kind !== 'user' && principal?.kind !== 'apikey') {
      throw badInput('Bulk issue is for staff and API keys.');
    }
    const hash = requestHash({ definitionId: input.definitionId, value, reason, ids: parsed.ids });
    const existing = await this.findByKey(ctx, key);
    if (existing) return this.sameOrConflict(existing, hash);
    const definition = await this.deps.definitions.findDefinition(ctx, { id: input.definitionId });
    if (!definition) throw badInput('No such reward definition.', 'definitionId');

    const job = ctx.em.create(BulkIssueJobEntity, {
      id: newId(),
      createdBy: ctx.actor,
      idempotencyKey: key,
      inputHash: hash,
      principal,
      definitionId: definition.id,
      value,
      reason,
      status: 'QUEUED',
      total: parsed.ids.length,
      processed: 0,
      failed: 0,
      leaseUntil: null,
      createdAt: ctx.now(),
      finishedAt: null,
    });
    try {
      await ctx.transaction(async (tx) => {
        await tx.em.insert(BulkIssueJobEntity, job);
        const rows = parsed.ids.map((externalId, i) => ({
          jobId: job.id,
          rowNumber: i + 1,
          externalId,
          status: 'PENDING' as const,
          rewardId: null,
          error: null,
        }));
        // SQLite allows 999 bound values a statement: 6 columns × 150 rows stays under it.
        const chunk = tx.db.kind === 'mysql' ? 2_000 : 150;
        for (let i = 0; i < rows.length; i += chunk) {
          await tx.em
            .createQueryBuilder()
            .insert()
            .into(BulkIssueRowEntity)
            .values(rows.slice(i, i + chunk))
            .updateEntity(false)
            .execute();
        }
      });
    } catch (err) {
      // The same key raced in from another request: that one's job is the answer.
      const raced = isUniqueViolation(err) ? await this.findByKey(ctx, key) : null;
      if (!raced) throw err;
      return this.sameOrConflict(raced, hash);
    }
    return job;
  }

  private findByKey(ctx: RequestContext, key: string) {
    return ctx.em.findOne(BulkIssueJobEntity, {
      where: { createdBy: ctx.actor, idempotencyKey: key },
    });
  }

  private sameOrConflict(job: BulkIssueJobEntity, hash: string): BulkIssueJobEntity {
    if (job.inputHash !== hash) {
      throw badInput('This idempotencyKey was used for a different bulk issue.', 'idempotencyKey');
    }
    return job;
  }

  find(ctx: RequestContext, id: string): Promise<BulkIssueJobEntity | null> {
    return ctx.em.findOne(BulkIssueJobEntity, { where: { id } });
  }

  /** The first failures of a job, as "row n (id): why", in row order. */
  async errors(ctx: RequestContext, jobId: string): Promise<string[]> {
    const rows = await ctx.em.find(BulkIssueRowEntity, {
      where: { jobId, status: 'FAILED' },
      order: { rowNumber: 'ASC' },
      take: SHOWN_ERRORS,
    });
    return rows.map((r) => `Row ${r.rowNumber} (${r.externalId}): ${r.error ?? 'failed'}`);
  }

  // ------------------------------------------------------------------ the background work

  /** One batch of one unfinished job; the number of rows done (0 when there was nothing). */
  async runBatch(ctx: RequestContext): Promise<number> {
    const job = await this.claimJob(ctx);
    if (!job) return 0;
    const rows = await ctx.em.find(BulkIssueRowEntity, {
      where: { jobId: job.id, status: 'PENDING' },
      order: { rowNumber: 'ASC' },
      take: this.batchSize,
    });
    if (!rows.length) {
      await ctx.em.update(
        BulkIssueJobEntity,
        { id: job.id },
        { status: 'COMPLETED', finishedAt: ctx.now(), leaseUntil: null },
      );
      this.held.delete(job.id);
      return 1;
    }
    const ids = await this.deps.profiles.idsByExternalId(
      ctx,
      rows.map((r) => r.externalId),
    );
    await ctx.as(job.principal).transaction(async (tx) => {
      const definition = await this.deps.definitions.findDefinition(tx, { id: job.definitionId });
      const outcome = new Map<number, { rewardId: string | null; error: string | null }>();
      if (!definition || definition.archived) {
        for (const r of rows) {
          outcome.set(r.rowNumber, { rewardId: null, error: 'The reward definition is archived.' });
        }
      } else {
        const known = rows.filter((r) => ids.has(r.externalId));
        const issued = await this.deps.rewards.issueBatch(tx, {
          definition,
          value: job.value,
          reason: job.reason,
          source: 'IMPORT',
          profileIds: known.map((r) => ids.get(r.externalId)!),
        });
        const seen = new Set<string>();
        for (const r of rows) {
          const profileId = ids.get(r.externalId);
          const result = profileId ? issued.get(profileId) : undefined;
          if (!profileId || !result) {
            outcome.set(r.rowNumber, { rewardId: null, error: 'No profile has this external id.' });
          } else if (result instanceof ErrorResult) {
            outcome.set(r.rowNumber, { rewardId: null, error: result.message });
          } else if (seen.has(profileId)) {
            // The list named the profile twice: it gets one reward.
            outcome.set(r.rowNumber, {
              rewardId: null,
              error: 'Listed more than once; issued once.',
            });
          } else {
            seen.add(profileId);
            outcome.set(r.rowNumber, { rewardId: result.id, error: null });
          }
        }
      }
      await this.recordRows(tx, job.id, outcome);
      const failed = [...outcome.values()].filter((o) => o.error).length;
      await tx.em
        .createQueryBuilder()
        .update(BulkIssueJobEntity)
        .set({
          processed: () => `processed + ${outcome.size}`,
          failed: () => `failed + ${failed}`,
          leaseUntil: new Date(tx.now().getTime() + LEASE_MS),
        })
        .where('id = :id', { id: job.id })
        .execute();
    });
    return rows.length;
  }

  /** Row outcomes in a couple of statements; only rows still PENDING, or the batch rolls back. */
  private async recordRows(
    tx: RequestContext,
    jobId: string,
    outcome: Map<number, { rewardId: string | null; error: string | null }>,
  ): Promise<void> {
    const entries = [...outcome.entries()];
    for (let i = 0; i < entries.length; i += 200) {
      const part = entries.slice(i, i + 200);
      const params: Record<string, unknown> = { jobId, rows: part.map(([n]) => n) };
      const status = part.map(([n, o], j) => {
        params[`s${j}`] = o.error ? 'FAILED' : 'ISSUED';
        params[`r${j}`] = o.rewardId;
        params[`e${j}`] = o.error;
        return n;
      });
      const whenRow = (prefix: string) =>
        `CASE ${status.map((n, j) => `WHEN rowNumber = ${n} THEN :${prefix}${j}`).join(' ')} END`;
      const result = await tx.em
        .createQueryBuilder()
        .update(BulkIssueRowEntity)
        .set({
          status: () => whenRow('s'),
          rewardId: () => whenRow('r'),
          error: () => whenRow('e'),
        })
        .where("jobId = :jobId AND rowNumber IN (:...rows) AND status = 'PENDING'")
        .setParameters(params)
        .execute();
      if (result.affected !== part.length) {
        throw new Error(`bulk job ${jobId}: rows were taken by another worker`);
      }
    }
  }

  /** An unfinished job no other server is working on, leased to this one. */
  private async claimJob(ctx: RequestContext): Promise<BulkIssueJobEntity | null> {
    const now = ctx.now();
    const candidates = await ctx.em
      .createQueryBuilder(BulkIssueJobEntity, 'j')
      .where("j.status IN ('QUEUED', 'RUNNING')")
      .andWhere('(j.leaseUntil IS NULL OR j.leaseUntil < :now OR j.id IN (:...mine))', {
        now,
        mine: [...this.held, ''],
      })
      .orderBy('j.createdAt', 'ASC')
      .limit(3)
      .getMany();
    for (const job of candidates) {
      const lease = new Date(now.getTime() + LEASE_MS);
      const claimed = await ctx.em
        .createQueryBuilder()
        .update(BulkIssueJobEntity)
        .set({ status: 'RUNNING', leaseUntil: lease })
        .where('id = :id AND (leaseUntil IS NULL OR leaseUntil < :now OR id IN (:...mine))', {
          id: job.id,
          now,
          mine: [...this.held, ''],
        })
        .execute();
      if (claimed.affected === 1) {
        this.held.add(job.id);
        return job;
      }
    }
    return null;
  }

  /** Lets go of this server's jobs when it stops, so the next one resumes them at once. */
  async release(ctx: RequestContext): Promise<void> {
    for (const id of this.held) {
      await ctx.em.update(BulkIssueJobEntity, { id }, { leaseUntil: null });
    }
    this.held.clear();
  }
}
