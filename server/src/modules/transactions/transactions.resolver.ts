import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, scope } from '../../core/access';
import type { ResolverContext } from '../../core/resolver-context';
import { Profile, type ProfilesService } from '../profiles';
import type { TransactionsService } from './transactions.service';
import { RecordTransactionInput, Transaction } from './transactions.types';

@Resolver(() => Transaction)
export class TransactionResolver {
  constructor(
    private readonly s: { transactions: TransactionsService; profiles: ProfilesService },
  ) {}

  @Allow('ADMIN', 'MANAGER', scope('RECORD_TRANSACTIONS'))
  @Mutation(() => Transaction, {
    description:
      'Records a purchase or a return: lifetime spend moves, spend milestones crossed are paid once each, and TRANSACTION_CREATED reactions run. Idempotent on externalId: the same id and input answers the first result; the same id with another input is BAD_USER_INPUT.',
  })
  async recordTransaction(
    @Arg('input', () => RecordTransactionInput, { description: 'The purchase or return.' })
    input: RecordTransactionInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Transaction> {
    return Transaction.from(await this.s.transactions.record(ctx, input));
  }

  @FieldResolver(() => Profile, { description: 'Who bought or returned.' })
  async profile(@Root() t: Transaction, @Ctx() { ctx }: ResolverContext): Promise<Profile> {
    return Profile.from(await this.s.profiles.load(ctx, t.profileId));
  }
}
