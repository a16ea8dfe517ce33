import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../core/access';
import type { ResolverContext } from '../../core/resolver-context';
import type { RequestContext } from '../../core/context';
import type { BulkIssueJobEntity } from './bulk.entity';
import type { BulkService } from './bulk.service';
import { BulkIssueCsvInput, BulkIssueInput, BulkIssueJob } from './bulk.types';

@Resolver(() => BulkIssueJob)
export class BulkResolver {
  constructor(private readonly s: { bulk: BulkService }) {}

  private async present(ctx: RequestContext, job: BulkIssueJobEntity): Promise<BulkIssueJob> {
    return BulkIssueJob.from(job, job.failed ? await this.s.bulk.errors(ctx, job.id) : []);
  }

  @Allow('ADMIN', 'MANAGER')
  @Mutation(() => BulkIssueJob, {
    description:
      "Issues a reward from a definition to each listed profile (up to 100,000), in the background. A MANAGER's limits hold per reward and per day. Idempotent by idempotencyKey: a retry returns the same job. Follow it with bulkIssueJob.",
  })
  async bulkIssueRewards(
    @Arg('input', () => BulkIssueInput, { description: 'The definition, the profiles and why.' })
    input: BulkIssueInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<BulkIssueJob> {
    return this.present(ctx, await this.s.bulk.createFromList(ctx, input));
  }

  @Allow('ADMIN', 'MANAGER')
  @Mutation(() => BulkIssueJob, {
    description:
      'Like bulkIssueRewards, from a CSV upload whose header names the external id column.',
  })
  async bulkIssueRewardsCsv(
    @Arg('input', () => BulkIssueCsvInput, { description: 'The definition, the CSV and why.' })
    input: BulkIssueCsvInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<BulkIssueJob> {
    return this.present(ctx, await this.s.bulk.createFromCsv(ctx, input));
  }

  @Allow('ADMIN', 'MANAGER')
  @Query(() => BulkIssueJob, { nullable: true, description: 'A bulk issue and its progress.' })
  async bulkIssueJob(
    @Arg('id', () => ID, { description: 'The job id, from bulkIssueRewards.' }) id: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<BulkIssueJob | null> {
    const job = await this.s.bulk.find(ctx, id);
    return job ? this.present(ctx, job) : null;
  }
}
