import { defineModule } from '../../core/module';
import { CustomEventEntity, OccurrenceEntity, ReactionEntity } from './reaction.entity';
import { ReactionResolver, TransactionRewardsResolver } from './reactions.resolver';
import { type ReactionsDeps, ReactionsService } from './reactions.service';

export const reactionsModule = defineModule({
  name: 'reactions',
  entities: [ReactionEntity, OccurrenceEntity, CustomEventEntity],
  resolvers: [ReactionResolver, TransactionRewardsResolver],
  create: (deps: ReactionsDeps) => new ReactionsService(deps),
});

export type { ReactionsService, DueOccurrence } from './reactions.service';
export type { ReactionEntity as ReactionRecord } from './reaction.entity';
export { Reaction } from './reactions.types';
