import type { AppConfig } from '../config';
import type { Database } from '../db/database';
import type { Clock } from './clock';
import type { Logger } from './logger';

/** A GraphQL resolver class; the composition root builds one per app with the services. */
export type ResolverClass<Deps> = new (services: Deps) => object;

/** What a module's background work (workers, schedules) is given when the server starts. */
export interface ModuleRuntime {
  db: Database;
  logger: Logger;
  clock: Clock;
  config: AppConfig;
}

/** Background work a module runs while the server is up; stopped before the pool closes. */
export interface Running {
  stop(): Promise<void>;
}

/**
 * One domain module, as the composition root (services.ts) sees it. A module owns its tables:
 * only its service writes them, and other modules reach them through that service.
 *
 * - `entities`: the tables it owns (migrations are generated from every module's list);
 * - `create`: builds its service from the services of the modules listed before it;
 * - `resolvers`: its GraphQL resolver classes, each constructed with all services;
 * - `start`: optional background work while the server runs.
 */
export interface AppModule<Name extends string, Service, Deps extends object> {
  readonly name: Name;
  readonly entities: Function[];
  readonly resolvers: ResolverClass<Deps & Record<Name, Service>>[];
  create(deps: Deps, config: AppConfig): Service;
  start?(service: Service, runtime: ModuleRuntime): Running;
}

/** Declares a module with its types inferred. */
export function defineModule<Name extends string, Service, Deps extends object>(
  module: AppModule<Name, Service, Deps>,
): AppModule<Name, Service, Deps> {
  return module;
}
