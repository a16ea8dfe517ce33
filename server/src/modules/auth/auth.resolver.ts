import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Public } from '../../graphql/access';
import type { GraphQLContext } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { setSessionCookie, clearSessionCookie } from './cookies';
import { AuthService } from './auth.service';
import {
  ApiKey,
  ApiKeyCreated,
  CreateApiKeyInput,
  CreateUserInput,
  Session,
  User,
} from './auth.types';
import { hashPassword, verifyPassword } from './secrets';
import { UserEntity } from './entities';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly secureCookies: boolean,
  ) {}

  @Public()
  @Mutation(() => Session, {
    description:
      'Signs a staff member in. Returns a bearer token and sets an HttpOnly session cookie. ' +
      'A wrong email or password gets UNAUTHENTICATED without saying which was wrong.',
  })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() { ctx, req, res }: GraphQLContext,
  ): Promise<Session> {
    const signedIn = await this.auth.login(ctx, email, password, req.ip ?? 'unknown');
    setSessionCookie(res, signedIn.token, signedIn.expiresAt, this.secureCookies);
    return Object.assign(new Session(), {
      token: signedIn.token,
      user: User.from(signedIn.user),
      expiresAt: signedIn.expiresAt,
    });
  }

  @Allow('STAFF')
  @Mutation(() => Boolean, { description: 'Ends the current session and clears its cookie.' })
  async logout(@Ctx() { ctx, res }: GraphQLContext): Promise<boolean> {
    clearSessionCookie(res, this.secureCookies);
    return this.auth.logout(ctx);
  }

  @Allow('STAFF')
  @Query(() => User, { nullable: true, description: 'The signed-in staff member.' })
  async me(@Ctx() { ctx }: GraphQLContext): Promise<User | null> {
    const user = await this.auth.currentUser(ctx);
    return user ? User.from(user) : null;
  }

  @Allow('STAFF')
  @Mutation(() => Boolean, {
    description: "Changes the signed-in staff member's password. Other sessions stay signed in.",
  })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<boolean> {
    const user = await this.auth.currentUser(ctx);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw badInput('The current password is wrong.', 'currentPassword');
    }
    if (newPassword.length < 10 || newPassword.length > 200) {
      throw badInput('newPassword must be 10 to 200 characters', 'newPassword');
    }
    await ctx.em.update(
      UserEntity,
      { id: user.id },
      {
        passwordHash: await hashPassword(newPassword),
        updatedAt: ctx.now(),
      },
    );
    return true;
  }

  @Allow('ADMIN')
  @Query(() => [User], { description: 'Every staff account, active or not.' })
  async users(@Ctx() { ctx }: GraphQLContext): Promise<User[]> {
    return (await this.auth.listUsers(ctx)).map(User.from);
  }

  @Allow('ADMIN')
  @Mutation(() => User, { description: 'Creates a staff account. Emails are unique.' })
  async createUser(
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<User> {
    return User.from(await this.auth.createUser(ctx, input));
  }

  @Allow('ADMIN')
  @Mutation(() => User, {
    description: 'Activates or deactivates a staff account; deactivating ends its sessions.',
  })
  async setUserActive(
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<User> {
    return User.from(await this.auth.setUserActive(ctx, id, active));
  }

  @Allow('ADMIN')
  @Query(() => [ApiKey], { description: 'Every API key, newest first, revoked ones included.' })
  async apiKeys(@Ctx() { ctx }: GraphQLContext): Promise<ApiKey[]> {
    return (await this.auth.listApiKeys(ctx)).map(ApiKey.from);
  }

  @Allow('ADMIN')
  @Mutation(() => ApiKeyCreated, { description: 'Creates an API key; its secret is shown once.' })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<ApiKeyCreated> {
    const { apiKey, secret } = await this.auth.createApiKey(ctx, input);
    return Object.assign(new ApiKeyCreated(), { apiKey: ApiKey.from(apiKey), secret });
  }

  @Allow('ADMIN')
  @Mutation(() => ApiKey, {
    description: 'Revokes an API key at once. Revoking twice is harmless.',
  })
  async revokeApiKey(
    @Arg('id', () => ID) id: string,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<ApiKey> {
    return ApiKey.from(await this.auth.revokeApiKey(ctx, id));
  }
}
