import { ArrayMaxSize } from 'class-validator';
import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { read, Readable } from '../../core/access';
import type { BulkIssueJobEntity } from './bulk.entity';
import { MAX_BULK_ROWS } from './bulk.rules';

const CSV_MAX = 10_000_000;

// Bulk jobs are staff work; no API key reads them.
@Readable({ default: read.nobody })
@ObjectType({ description: 'A bulk issue working in the background, and how far it got.' })
export class BulkIssueJob {
  @Field(() => ID, { description: 'The job id, for bulkIssueJob.' })
  id: string;

  @Field(() => String, { description: 'QUEUED, RUNNING or COMPLETED.' })
  status: string;

  @Field(() => Int, { description: 'Rows in the request.' })
  total: number;

  @Field(() => Int, { description: 'Rows done so far, issued or failed.' })
  processed: number;

  @Field(() => Int, { description: 'Rows that issued no reward (see errors).' })
  failed: number;

  @Field(() => [String], {
    description: 'The first 100 failures, as "Row n (external id): why".',
  })
  errors: string[];

  @Field(() => ID, { description: 'The definition each reward is issued from.' })
  definitionId: string;

  @Field(() => String, { description: 'Why, for the ledger of every reward it issues.' })
  reason: string;

  @Field(() => Date, { description: 'When it was requested.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it completed; null until then.' })
  finishedAt: Date | null;

  static from(this: void, e: BulkIssueJobEntity, errors: string[]): BulkIssueJob {
    return Object.assign(new BulkIssueJob(), {
      id: e.id,
      status: e.status,
      total: e.total,
      processed: e.processed,
      failed: e.failed,
      errors,
      definitionId: e.definitionId,
      reason: e.reason,
      createdAt: e.createdAt,
      finishedAt: e.finishedAt,
    });
  }
}

@InputType({ description: 'A reward to issue to each of a list of profiles.' })
export class BulkIssueInput {
  @Field(() => ID, { description: 'The definition to issue from (not archived).' })
  definitionId: string;

  @ArrayMaxSize(MAX_BULK_ROWS, { message: 'At most 100,000 profiles at once.' })
  @Field(() => [String], { description: 'Brand ids of the profiles to receive a reward.' })
  profileExternalIds: string[];

  @Field(() => Int, { nullable: true, description: "Cents; default: the definition's value." })
  value?: number | null;

  @Field(() => String, { description: 'Why, for the ledger: 1 to 500 characters.' })
  reason: string;

  @Field(() => String, { description: 'A retried request with the same key returns the same job.' })
  idempotencyKey: string;
}

@InputType({ description: 'A reward to issue to each profile a CSV upload lists.' })
export class BulkIssueCsvInput {
  @Field(() => ID, { description: 'The definition to issue from (not archived).' })
  definitionId: string;

  @Extensions({ maxLength: CSV_MAX })
  @Field(() => String, {
    description:
      'CSV text with a header row; the externalId (or external_id, or id) column names the profiles. Up to 100,000 rows.',
  })
  csv: string;

  @Field(() => String, {
    nullable: true,
    description: 'The header of the id column, when it has another name.',
  })
  column?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Integer minor units (cents) of the definition's currency; default: the definition's value.",
  })
  value?: number | null;

  @Field(() => String, { description: 'Why, for the ledger: 1 to 500 characters.' })
  reason: string;

  @Field(() => String, { description: 'A retried request with the same key returns the same job.' })
  idempotencyKey: string;
}
