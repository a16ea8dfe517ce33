import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

const background = new AsyncLocalStorage<true>();

/**
 * Runs `work` as background work (a worker's round, the daily pass): its statements are
 * counted but never recorded, so a recording holds only what the recorded request sent.
 */
export function inBackground<T>(work: () => Promise<T>): Promise<T> {
  return background.run(true, work);
}

/**
 * Counts the statements this process sends to the database, and can record their text.
 * Installed as TypeORM's logger: every statement, transaction control included, passes
 * through `logQuery`. The benchmark and the statement-budget tests read it; logging stays off.
 */
export class StatementCounter implements Logger {
  count = 0;
  private recording: string[] | null = null;

  logQuery(query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.count++;
    if (this.recording && !background.getStore()) this.recording.push(query);
  }

  /**
   * Runs `work` and returns the statements sent meanwhile, in order: other requests in flight
   * count too, background work (see `inBackground`) does not.
   */
  async record<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    const statements: string[] = [];
    this.recording = statements;
    try {
      const result = await work();
      return { result, statements };
    } finally {
      this.recording = null;
    }
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
