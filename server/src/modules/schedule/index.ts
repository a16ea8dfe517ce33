import { Cron } from 'croner';
import type { AppConfig } from '../../config';
import { RequestContext } from '../../core/context';
import { defineModule } from '../../core/module';
import { inBackground } from '../../db/statements';
import { ExpiryReminderEntity, LeaseEntity } from './schedule.entity';
import { ScheduleResolver } from './schedule.resolver';
import { type ScheduleDeps, ScheduleService } from './schedule.service';

export const scheduleModule = defineModule({
  name: 'schedule',
  entities: [LeaseEntity, ExpiryReminderEntity],
  resolvers: [ScheduleResolver],
  create: (deps: ScheduleDeps, config: AppConfig) => new ScheduleService(deps, config),
  // Once a day at SCHEDULE_TIME in SCHEDULE_TIMEZONE; the lease keeps a second process out.
  start: (service, { db, logger, clock, config }) => {
    if (!config.scheduleTime) return { stop: () => Promise.resolve() };
    const [hour, minute] = config.scheduleTime.split(':').map(Number);
    const job = new Cron(
      `${minute} ${hour} * * *`,
      { timezone: config.scheduleTimezone, protect: true },
      async () => {
        const ctx = RequestContext.create(db, { kind: 'system', job: 'schedule' }, clock);
        try {
          const summary = await inBackground(() => service.run(ctx, null, { waitMs: 0 }));
          logger.info({ summary }, 'daily pass done');
        } catch (err) {
          logger.error({ err }, 'daily pass failed');
        }
      },
    );
    return {
      stop: () => {
        job.stop();
        return Promise.resolve();
      },
    };
  },
});

export type { ScheduleService, PassSummary, RewardExpiring } from './schedule.service';
export { DAILY_PASS, BATCH_SIZE } from './schedule.service';
