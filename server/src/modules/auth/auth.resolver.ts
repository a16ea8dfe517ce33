import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, grant, Public } from '../../core/access';
import { InvalidLinkError } from '../../core/results';
import type { ResolverContext } from '../../core/resolver-context';
import { setSessionCookie, clearSessionCookie } from './cookies';
import type { AuthService } from './auth.service';
import {
  ApiKey,
  ApiKeyCreated,
  CreateApiKeyInput,
  CreateUserInput,
  PasswordLink,
  PasswordLinkOffer,
  PasswordLinkOfferResult,
  Role,
  Session,
  User,
} from './auth.types';

function offerOf(
  result: { email: string; name: string; expiresAt: Date } | InvalidLinkError,
): typeof PasswordLinkOfferResult {
  return result instanceof InvalidLinkError
    ? result
    : Object.assign(new PasswordLinkOffer(), result);
}

@Resolver()
export class AuthResolver {
  private readonly auth: AuthService;
  constructor(services: { auth: AuthService }) {
    this.auth = services.auth;
  }

  private get secureCookies(): boolean {
    return this.auth.options.cookieSecure;
  }

  @Public()
  @Mutation(() => Session, {
    description:
      'Signs a staff member in. Returns a bearer token and sets an HttpOnly session cookie. ' +
      'A wrong email or password gets UNAUTHENTICATED without saying which was wrong.',
  })
  async login(
    @Arg('email', () => String, { description: "The staff member's sign-in email." }) email: string,
    @Arg('password', () => String, { description: 'Their password.' }) password: string,
    @Ctx() { ctx, req, res }: ResolverContext,
  ): Promise<Session> {
    const signedIn = await this.auth.login(ctx, email, password, req.ip ?? 'unknown');
    setSessionCookie(res, signedIn.token, signedIn.expiresAt, this.secureCookies);
    // The one session and user a sign-in hands to a caller who was anonymous a moment ago.
    return grant(
      Object.assign(new Session(), {
        token: signedIn.token,
        user: grant(User.from(signedIn.user)),
        expiresAt: signedIn.expiresAt,
      }),
    );
  }

  @Allow('STAFF')
  @Mutation(() => Boolean, { description: 'Ends the current session and clears its cookie.' })
  async logout(@Ctx() { ctx, res }: ResolverContext): Promise<boolean> {
    clearSessionCookie(res, this.secureCookies);
    return this.auth.logout(ctx);
  }

  @Allow('STAFF')
  @Query(() => User, { nullable: true, description: 'The signed-in staff member.' })
  async me(@Ctx() { ctx }: ResolverContext): Promise<User | null> {
    const user = await this.auth.currentUser(ctx);
    return user ? User.from(user) : null;
  }

  @Allow('STAFF')
  @Mutation(() => Boolean, {
    description: "Changes the signed-in staff member's password. Other sessions stay signed in.",
  })
  async changePassword(
    @Arg('currentPassword', () => String, { description: 'The password in use now.' })
    currentPassword: string,
    @Arg('newPassword', () => String, { description: 'The new password, 10 to 200 characters.' })
    newPassword: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<boolean> {
    await this.auth.changePassword(ctx, currentPassword, newPassword);
    return true;
  }

  @Allow('ADMIN')
  @Query(() => [User], { description: 'Every staff account, active or not.' })
  async users(@Ctx() { ctx }: ResolverContext): Promise<User[]> {
    return (await this.auth.listUsers(ctx)).map(User.from);
  }

  @Allow('ADMIN')
  @Mutation(() => User, { description: 'Creates a staff account. Emails are unique.' })
  async createUser(
    @Arg('input', () => CreateUserInput, { description: 'The new account.' })
    input: CreateUserInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<User> {
    return User.from(await this.auth.createUser(ctx, input));
  }

  @Allow('ADMIN')
  @Mutation(() => User, {
    description: 'Activates or deactivates a staff account; deactivating ends its sessions.',
  })
  async setUserActive(
    @Arg('id', () => ID, { description: 'The staff account (you cannot deactivate your own).' })
    id: string,
    @Arg('active', () => Boolean, { description: 'true to let them sign in, false to stop them.' })
    active: boolean,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<User> {
    return User.from(await this.auth.setUserActive(ctx, id, active));
  }

  @Allow('ADMIN')
  @Mutation(() => User, {
    description:
      "Changes a staff account's role; it applies to their signed-in sessions at once. The last active ADMIN keeps the role.",
  })
  async setUserRole(
    @Arg('id', () => ID, { description: 'The staff account.' }) id: string,
    @Arg('role', () => Role, { description: 'The new role.' }) role: Role,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<User> {
    return User.from(await this.auth.setUserRole(ctx, id, role));
  }

  @Allow('ADMIN')
  @Mutation(() => PasswordLink, {
    description:
      'A one-time link (valid 72 hours) for a staff member to set their password: to invite someone created without one, or to reset a forgotten one. Their earlier unused links stop working.',
  })
  async createPasswordLink(
    @Arg('userId', () => ID, { description: 'The staff account (active).' }) userId: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<PasswordLink> {
    const made = await this.auth.createPasswordLink(ctx, userId);
    return Object.assign(new PasswordLink(), {
      url: made.url,
      expiresAt: made.expiresAt,
      user: User.from(made.user),
    });
  }

  @Public()
  @Query(() => PasswordLinkOfferResult, {
    description:
      'Public: whose account a set-password link is for. Rate-limited per client address.',
  })
  async passwordLinkOffer(
    @Arg('token', () => String, { description: "The token from the link's URL." }) token: string,
    @Ctx() { ctx, req }: ResolverContext,
  ): Promise<typeof PasswordLinkOfferResult> {
    await this.auth.throttlePasswordLinks(ctx, req.ip ?? 'unknown');
    return offerOf(await this.auth.passwordLinkOffer(ctx, token));
  }

  @Public()
  @Mutation(() => PasswordLinkOfferResult, {
    description:
      'Public: sets the password from a set-password link (single use) and ends the account’s sessions; then sign in with it. Rate-limited per client address.',
  })
  async setPasswordWithLink(
    @Arg('token', () => String, { description: "The token from the link's URL." }) token: string,
    @Arg('password', () => String, { description: 'The new password, 10 to 200 characters.' })
    password: string,
    @Ctx() { ctx, req }: ResolverContext,
  ): Promise<typeof PasswordLinkOfferResult> {
    // Malformed input is refused before it counts as a try (and so writes nothing).
    this.auth.assertNewPassword(password);
    await this.auth.throttlePasswordLinks(ctx, req.ip ?? 'unknown');
    return offerOf(await this.auth.setPasswordWithLink(ctx, token, password));
  }

  @Allow('ADMIN')
  @Query(() => [ApiKey], { description: 'Every API key, newest first, revoked ones included.' })
  async apiKeys(@Ctx() { ctx }: ResolverContext): Promise<ApiKey[]> {
    return (await this.auth.listApiKeys(ctx)).map(ApiKey.from);
  }

  @Allow('ADMIN')
  @Mutation(() => ApiKeyCreated, { description: 'Creates an API key; its secret is shown once.' })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'The new key.' })
    input: CreateApiKeyInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<ApiKeyCreated> {
    const { apiKey, secret } = await this.auth.createApiKey(ctx, input);
    return Object.assign(new ApiKeyCreated(), { apiKey: ApiKey.from(apiKey), secret });
  }

  @Allow('ADMIN')
  @Mutation(() => ApiKey, {
    description: 'Revokes an API key at once. Revoking twice is harmless.',
  })
  async revokeApiKey(
    @Arg('id', () => ID, { description: 'The API key to revoke.' }) id: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<ApiKey> {
    return ApiKey.from(await this.auth.revokeApiKey(ctx, id));
  }
}
