import type { Logger, QueryRunner } from 'typeorm';

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
    this.recording?.push(query);
  }

  /** Runs `work` and returns the statements it sent, in order (other work in flight counts too). */
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
