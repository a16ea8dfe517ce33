import type { DatabaseConfig } from '../config';

/** The database in words for logs, without the password. */
export function describeDatabase(config: DatabaseConfig): string {
  return config.kind === 'mysql'
    ? `${config.flavor}://${config.user}@${config.host}:${config.port}/${config.database}`
    : `sqlite:${config.file}`;
}
