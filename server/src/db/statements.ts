import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

const background = new AsyncLocalStorage<true>();
// Off in a served process: once an AsyncLocalStorage runs, Node 20 tracks every promise
// the process makes (4–10 % of a trivial request's throughput here), and only recordings need it.
let tracking = false;

/**
 * Marks background work from here on, so recordings can leave it out (tests call it before
 * the app starts its workers).
 */
export function trackBackgroundWork(): void {
  tracking = true;
}

/**
 * Runs `work` as background work (a worker's round, the daily pass): its statements are
 * counted but never recorded, so a recording holds only what the recorded request sent.
 */
export function inBackground<T>(work: () => Promise<T>): Promise<T> {
  return tracking ? background.run(true, work) : work();
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
    if (!tracking) throw new Error('recording statements needs trackBackgroundWork() first');
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
