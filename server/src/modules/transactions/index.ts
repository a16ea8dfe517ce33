import type { EventBus } from '../../core/events';
import { defineModule } from '../../core/module';
import type { ProfilesService } from '../profiles';
import type { SettingsService } from '../settings';
import { TransactionEntity } from './transaction.entity';
import { TransactionResolver } from './transactions.resolver';
import { TransactionsService } from './transactions.service';

export const transactionsModule = defineModule({
  name: 'transactions',
  entities: [TransactionEntity],
  resolvers: [TransactionResolver],
  create: (deps: { events: EventBus; settings: SettingsService; profiles: ProfilesService }) =>
    new TransactionsService(deps),
});

export type {
  TransactionsService,
  TransactionRecorded,
  RecordTransactionRequest,
} from './transactions.service';
export type { TransactionEntity as TransactionRecord } from './transaction.entity';
export { Transaction } from './transactions.types';
