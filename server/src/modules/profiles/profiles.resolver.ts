import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { selectedFields } from '../../core/selection';
import { Allow, scope, written } from '../../core/access';
import { Money } from '../../core/money';
import type { ResolverContext } from '../../core/resolver-context';
import { AFTER, connection, FIRST } from '../../core/connections';
import type { SettingsService } from '../settings';
import type { ProfilesService } from './profiles.service';
import { Profile, ProfileConnection, ProfileInput, UpdateProfileInput } from './profiles.types';

/** The input fields a mutation was given (and the id), which its payload may show back. */
function writtenFields(input: object): string[] {
  return [
    'id',
    ...Object.entries(input)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k),
  ];
}

const READERS = ['STAFF', scope('READ_PROFILES')] as const;
const WRITERS = ['ADMIN', 'MANAGER', scope('WRITE_PROFILES')] as const;

@Resolver(() => Profile)
export class ProfileResolver {
  constructor(
    private readonly services: { profiles: ProfilesService; settings: SettingsService },
  ) {}

  private get profileService() {
    return this.services.profiles;
  }

  @Allow(...READERS)
  @Query(() => Profile, { nullable: true, description: 'One profile by id or by external id.' })
  async profile(
    @Arg('id', () => ID, {
      nullable: true,
      description: 'The profile id; give this or externalId.',
    })
    id: string | null,
    @Arg('externalId', () => String, {
      nullable: true,
      description: "The brand's own customer id, instead of id.",
    })
    externalId: string | null,
    @Ctx() { ctx }: ResolverContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Profile | null> {
    const found = await this.profileService.find(ctx, { id, externalId }, selectedFields(info));
    return found ? Profile.from(found) : null;
  }

  @Allow(...READERS)
  @Query(() => ProfileConnection, {
    description: 'Search by name, email or external id; newest first.',
  })
  async profiles(
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Part of a name, email or external id, in any case (at most 200 characters); without it, every profile.',
    })
    search: string | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<ProfileConnection> {
    const page = await this.profileService.search(ctx, search, first, after);
    return connection(page, Profile.from, (p) => p.id);
  }

  @Allow(...WRITERS)
  @Mutation(() => Profile, { description: 'Adds a customer profile. External ids are unique.' })
  async createProfile(
    @Arg('input', () => ProfileInput, { description: 'The new profile.' }) input: ProfileInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Profile> {
    // A WRITE_PROFILES key reads back what it wrote, nothing more.
    return written(
      Profile.from(await this.profileService.create(ctx, input)),
      writtenFields(input),
    );
  }

  @Allow(...WRITERS)
  @Mutation(() => Profile, { description: 'Changes a profile; fields left out stay as they are.' })
  async updateProfile(
    @Arg('id', () => ID, { description: 'The profile to change.' }) id: string,
    @Arg('input', () => UpdateProfileInput, { description: 'The changes.' })
    input: UpdateProfileInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Profile> {
    return written(
      Profile.from(await this.profileService.update(ctx, id, input)),
      writtenFields(input),
    );
  }

  @FieldResolver(() => Money, { description: "Lifetime spend in the brand's default currency." })
  async lifetimeSpend(@Root() profile: Profile, @Ctx() { ctx }: ResolverContext): Promise<Money> {
    const settings = await this.services.settings.get(ctx);
    return Money.of(profile.lifetimeSpendCents, settings.defaultCurrency);
  }
}
