import { RequestContext } from '../../core/context';
import { defineModule } from '../../core/module';
import { startWorker } from '../../core/worker';
import { BulkIssueJobEntity, BulkIssueRowEntity } from './bulk.entity';
import { BulkResolver } from './bulk.resolver';
import { type BulkDeps, BulkService } from './bulk.service';

export const bulkModule = defineModule({
  name: 'bulk',
  entities: [BulkIssueJobEntity, BulkIssueRowEntity],
  resolvers: [BulkResolver],
  create: (deps: BulkDeps) => new BulkService(deps),
  start: (service, runtime) => {
    const ctx = RequestContext.create(runtime.db, { kind: 'system', job: 'bulk' }, runtime.clock);
    const worker = startWorker(
      'bulk',
      () => service.runBatch(ctx),
      runtime.config.bulkPollMs ?? 500,
      runtime.logger,
    );
    return {
      stop: async () => {
        await worker.stop();
        await service.release(ctx);
      },
    };
  },
});

export type { BulkService } from './bulk.service';
