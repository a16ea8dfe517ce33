import { RequestContext } from '../../core/context';
import type { EventBus } from '../../core/events';
import { defineModule } from '../../core/module';
import type { ProfilesService } from '../profiles';
import type { RewardsService } from '../rewards';
import {
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
  WebhookEndpointEntity,
} from './webhook.entity';
import { WebhookDeliveryResolver, WebhookResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';
import { startWorker } from '../../core/worker';

export const webhooksModule = defineModule({
  name: 'webhooks',
  entities: [WebhookEndpointEntity, WebhookDeliveryEntity, WebhookAttemptEntity],
  resolvers: [WebhookResolver, WebhookDeliveryResolver],
  create: (
    deps: { events: EventBus; rewards: RewardsService; profiles: ProfilesService },
    config,
  ) => new WebhooksService(deps, config),
  start: (service, runtime) =>
    startWorker(
      'webhooks',
      () =>
        service.deliverDue(
          RequestContext.create(runtime.db, { kind: 'system', job: 'webhooks' }, runtime.clock),
          runtime.logger,
        ),
      service.settings.pollMs,
      runtime.logger,
    ),
});

export type { WebhooksService } from './webhooks.service';
export { WEBHOOK_EVENTS, type WebhookEventName } from './webhooks.rules';
