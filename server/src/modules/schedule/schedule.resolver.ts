import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../../core/access';
import type { ResolverContext } from '../../core/resolver-context';
import type { ScheduleService } from './schedule.service';
import { ScheduledRunSummary } from './schedule.types';

@Resolver(() => ScheduledRunSummary)
export class ScheduleResolver {
  constructor(private readonly s: { schedule: ScheduleService }) {}

  @Allow('ADMIN')
  @Mutation(() => ScheduledRunSummary, {
    description:
      'Run the daily issuance, expiry and reminder pass as of a moment (default now). Idempotent.',
  })
  async runScheduledIssuance(
    @Arg('asOf', () => Date, {
      nullable: true,
      description: 'The instant to run as of (not in the future); default now.',
    })
    asOf: Date | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<ScheduledRunSummary> {
    const summary = await this.s.schedule.run(ctx.as({ kind: 'system', job: 'schedule' }), asOf);
    return Object.assign(new ScheduledRunSummary(), summary);
  }
}
