import type { AppConfig } from './config';
import type { AppModule, ModuleRuntime, ResolverClass, Running } from './core/module';
import { EventBus } from './core/events';
import type { EntityList } from './db/data-source';
import { authModule } from './modules/auth';
import { bulkModule } from './modules/bulk';
import { definitionsModule } from './modules/definitions';
import { holdsModule } from './modules/holds';
import { idempotencyModule } from './modules/idempotency';
import { linksModule } from './modules/links';
import { profilesModule } from './modules/profiles';
import { ratelimitsModule } from './modules/ratelimits';
import { reactionsModule } from './modules/reactions';
import { redemptionsModule } from './modules/redemptions';
import { reportsModule } from './modules/reports';
import { rewardsModule } from './modules/rewards';
import { scheduleModule } from './modules/schedule';
import { settingsModule } from './modules/settings';
import { transactionsModule } from './modules/transactions';
import { webhooksModule } from './modules/webhooks';

/**
 * The composition root: the ONE list of modules. Each module's service is built from the
 * services of the modules before it; entities, resolvers and background work all come from
 * this list, so adding a module is adding it here.
 */
export const MODULES = [
  settingsModule,
  ratelimitsModule,
  authModule,
  idempotencyModule,
  definitionsModule,
  profilesModule,
  holdsModule,
  rewardsModule,
  redemptionsModule,
  transactionsModule,
  reactionsModule,
  linksModule,
  scheduleModule,
  webhooksModule,
  reportsModule,
  bulkModule,
] as const;

type AnyModule = (typeof MODULES)[number];

/** Every module's service, by module name, and the domain event bus they share. */
export type Services = { [M in AnyModule as M['name']]: ReturnType<M['create']> } & {
  events: EventBus;
};

// Compile-time wiring check: every module's declared needs are met by the services built from
// this list (each module's resolvers are checked against its needs where it is defined).
type Unmet = {
  [M in AnyModule as M['name']]: Services extends Parameters<M['create']>[0] ? never : M['name'];
}[AnyModule['name']];
export const EVERY_NEED_MET: [Unmet] extends [never] ? true : Unmet = true;

/** Every table the product owns; migrations are generated from these. */
export const ENTITIES: EntityList = MODULES.flatMap((m) => m.entities);

/** Every resolver class; the schema is built from these. */
export const RESOLVERS: ResolverClass<Services>[] = MODULES.flatMap(
  (m) => m.resolvers as readonly ResolverClass<Services>[],
);

/** Builds every service in list order; a module asking for a later one fails at boot. */
export function createServices(config: AppConfig): Services {
  return composeServices(MODULES, config, { events: new EventBus() }) as Services;
}

/** Builds the services of a module list in order (exported for the wiring test). */
export function composeServices(
  modules: readonly { name: string; create: Function }[],
  config: AppConfig,
  base: Record<string, unknown> = {},
): Record<string, unknown> {
  const built: Record<string, unknown> = { ...base };
  let building: string | null = null;
  // While building, reading a service that does not exist yet is a wiring mistake.
  const services = new Proxy(built, {
    get(target, name) {
      if (building && typeof name === 'string' && !(name in target)) {
        throw new Error(`module '${building}' needs '${name}', which is not built before it`);
      }
      return target[name as string];
    },
  });
  for (const module of modules) {
    building = module.name;
    built[module.name] = (module.create as (deps: unknown, c: AppConfig) => unknown)(
      services,
      config,
    );
  }
  building = null;
  return services;
}

/** One instance of every resolver class, for the GraphQL container. */
export function createResolvers(services: Services): Map<Function, object> {
  return new Map(RESOLVERS.map((R) => [R, new R(services)]));
}

/** Starts every module's background work; the result stops it all. */
export function startModules(services: Services, runtime: ModuleRuntime): Running {
  const running: Running[] = [];
  for (const module of MODULES as readonly AppModule<string, unknown, never>[]) {
    if (module.start)
      running.push(module.start(services[module.name as AnyModule['name']], runtime));
  }
  return { stop: async () => void (await Promise.all(running.map((r) => r.stop()))) };
}
