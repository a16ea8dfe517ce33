import { MigrationInterface, QueryRunner } from 'typeorm';

export class RewardsCore1795700137213 implements MigrationInterface {
  name = 'RewardsCore1795700137213';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "reward_types" ("id" varchar(36) PRIMARY KEY NOT NULL, "key" varchar(64) NOT NULL, "name" varchar(120) NOT NULL, "description" varchar(1000), "extensionEnabled" boolean NOT NULL, "extensionDays" integer NOT NULL, "archived" boolean NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_5295cde29f0a4862b1a674f2867" UNIQUE ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "reward_definitions" ("id" varchar(36) PRIMARY KEY NOT NULL, "handle" varchar(100) NOT NULL, "name" varchar(200) NOT NULL, "description" varchar(2000), "typeId" varchar(36) NOT NULL, "value" integer NOT NULL, "currency" varchar(3) NOT NULL, "expiryPeriod" integer, "expiryUnit" varchar(8), "absoluteExpiry" datetime(3), "assignable" boolean NOT NULL, "published" boolean NOT NULL, "archived" boolean NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_c3cd3b86767d523c15dcd473951" UNIQUE ("handle"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ade10e7cabba9c72d11d38992a" ON "reward_definitions" ("typeId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "idempotency_keys" ("operation" varchar(40) NOT NULL, "key" varchar(200) NOT NULL, "fingerprint" varchar(64) NOT NULL, "resultType" varchar(40) NOT NULL, "resultId" varchar(36) NOT NULL, "createdAt" datetime(3) NOT NULL, PRIMARY KEY ("operation", "key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "profiles" ("id" varchar(36) PRIMARY KEY NOT NULL, "externalId" varchar(100) NOT NULL, "email" varchar(254), "firstName" varchar(100), "lastName" varchar(100), "birthDate" varchar(10), "joinedAt" datetime(3) NOT NULL, "timezone" varchar(64) NOT NULL, "tier" varchar(64), "isStaff" boolean NOT NULL, "lifetimeSpend" bigint NOT NULL DEFAULT (0), "searchText" varchar(600) NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_06962a01fd2c4e7efa33bfcabd4" UNIQUE ("externalId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5b49bd22c967ce2829ca8f1772" ON "profiles" ("email") ',
    );
    await queryRunner.query(
      'CREATE TABLE "rewards" ("id" varchar(36) PRIMARY KEY NOT NULL, "profileId" varchar(36) NOT NULL, "definitionId" varchar(36) NOT NULL, "typeId" varchar(36) NOT NULL, "currency" varchar(3) NOT NULL, "valueInitial" integer NOT NULL, "valueRemaining" integer NOT NULL, "timezone" varchar(64) NOT NULL, "issuedAt" datetime(3) NOT NULL, "activatesAt" datetime(3), "expiresAt" datetime(3) NOT NULL, "extendedAt" datetime(3), "extensionCount" integer NOT NULL DEFAULT (0), "voidedAt" datetime(3), "source" varchar(20) NOT NULL, "issuedBy" varchar(80), "reason" varchar(500), "meta" text)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0f706c199636d083d4c6f11c37" ON "rewards" ("definitionId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a8be3c1bcc7276c1aba3be543e" ON "rewards" ("typeId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8086ea04b52435c38411838fbc" ON "rewards" ("issuedBy", "issuedAt") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0d242549d48d8500b572c177a1" ON "rewards" ("profileId", "expiresAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "ledger_entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "profileId" varchar(36) NOT NULL, "currency" varchar(3) NOT NULL, "seq" integer NOT NULL, "type" varchar(10) NOT NULL, "rewardId" varchar(36), "redemptionId" varchar(36), "amount" bigint NOT NULL, "balanceAfter" bigint NOT NULL, "actor" varchar(80) NOT NULL, "reason" varchar(500), "createdAt" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_eb1b6d675a613b32c185992aaf" ON "ledger_entries" ("rewardId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e74da74d08c37587ba4e99319c" ON "ledger_entries" ("redemptionId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_db30bdb0c9924bfcdba5a8bfd1" ON "ledger_entries" ("profileId", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_8e37911d89508515239cb1e367" ON "ledger_entries" ("profileId", "currency", "seq") ',
    );
    await queryRunner.query(
      'CREATE TABLE "settings" ("id" integer PRIMARY KEY NOT NULL, "defaultCurrency" varchar(3) NOT NULL, "defaultTimezone" varchar(64) NOT NULL, "excludedCategories" text NOT NULL, "minimumSpend" integer NOT NULL, "maxRedemptionPercent" integer, "maxRedemptionAmount" integer, "reversalWindowMinutes" integer NOT NULL, "returnGraceDays" integer NOT NULL, "managerIssueLimit" integer NOT NULL, "managerDailyIssueLimit" integer NOT NULL, "holdTtlSeconds" integer NOT NULL, "updatedAt" datetime(3) NOT NULL, "updatedBy" varchar(80) NOT NULL)',
    );
    await queryRunner.query('DROP INDEX "IDX_ade10e7cabba9c72d11d38992a"');
    await queryRunner.query(
      'CREATE TABLE "temporary_reward_definitions" ("id" varchar(36) PRIMARY KEY NOT NULL, "handle" varchar(100) NOT NULL, "name" varchar(200) NOT NULL, "description" varchar(2000), "typeId" varchar(36) NOT NULL, "value" integer NOT NULL, "currency" varchar(3) NOT NULL, "expiryPeriod" integer, "expiryUnit" varchar(8), "absoluteExpiry" datetime(3), "assignable" boolean NOT NULL, "published" boolean NOT NULL, "archived" boolean NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_c3cd3b86767d523c15dcd473951" UNIQUE ("handle"), CONSTRAINT "FK_ade10e7cabba9c72d11d38992a5" FOREIGN KEY ("typeId") REFERENCES "reward_types" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_reward_definitions"("id", "handle", "name", "description", "typeId", "value", "currency", "expiryPeriod", "expiryUnit", "absoluteExpiry", "assignable", "published", "archived", "createdAt", "updatedAt") SELECT "id", "handle", "name", "description", "typeId", "value", "currency", "expiryPeriod", "expiryUnit", "absoluteExpiry", "assignable", "published", "archived", "createdAt", "updatedAt" FROM "reward_definitions"',
    );
    await queryRunner.query('DROP TABLE "reward_definitions"');
    await queryRunner.query(
      'ALTER TABLE "temporary_reward_definitions" RENAME TO "reward_definitions"',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ade10e7cabba9c72d11d38992a" ON "reward_definitions" ("typeId") ',
    );
    await queryRunner.query('DROP INDEX "IDX_0f706c199636d083d4c6f11c37"');
    await queryRunner.query('DROP INDEX "IDX_a8be3c1bcc7276c1aba3be543e"');
    await queryRunner.query('DROP INDEX "IDX_8086ea04b52435c38411838fbc"');
    await queryRunner.query('DROP INDEX "IDX_0d242549d48d8500b572c177a1"');
    await queryRunner.query(
      'CREATE TABLE "temporary_rewards" ("id" varchar(36) PRIMARY KEY NOT NULL, "profileId" varchar(36) NOT NULL, "definitionId" varchar(36) NOT NULL, "typeId" varchar(36) NOT NULL, "currency" varchar(3) NOT NULL, "valueInitial" integer NOT NULL, "valueRemaining" integer NOT NULL, "timezone" varchar(64) NOT NULL, "issuedAt" datetime(3) NOT NULL, "activatesAt" datetime(3), "expiresAt" datetime(3) NOT NULL, "extendedAt" datetime(3), "extensionCount" integer NOT NULL DEFAULT (0), "voidedAt" datetime(3), "source" varchar(20) NOT NULL, "issuedBy" varchar(80), "reason" varchar(500), "meta" text, CONSTRAINT "FK_d2414843d5f8f8e6762f20c4cbc" FOREIGN KEY ("profileId") REFERENCES "profiles" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_0f706c199636d083d4c6f11c37e" FOREIGN KEY ("definitionId") REFERENCES "reward_definitions" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a8be3c1bcc7276c1aba3be543e3" FOREIGN KEY ("typeId") REFERENCES "reward_types" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_rewards"("id", "profileId", "definitionId", "typeId", "currency", "valueInitial", "valueRemaining", "timezone", "issuedAt", "activatesAt", "expiresAt", "extendedAt", "extensionCount", "voidedAt", "source", "issuedBy", "reason", "meta") SELECT "id", "profileId", "definitionId", "typeId", "currency", "valueInitial", "valueRemaining", "timezone", "issuedAt", "activatesAt", "expiresAt", "extendedAt", "extensionCount", "voidedAt", "source", "issuedBy", "reason", "meta" FROM "rewards"',
    );
    await queryRunner.query('DROP TABLE "rewards"');
    await queryRunner.query('ALTER TABLE "temporary_rewards" RENAME TO "rewards"');
    await queryRunner.query(
      'CREATE INDEX "IDX_0f706c199636d083d4c6f11c37" ON "rewards" ("definitionId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a8be3c1bcc7276c1aba3be543e" ON "rewards" ("typeId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8086ea04b52435c38411838fbc" ON "rewards" ("issuedBy", "issuedAt") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0d242549d48d8500b572c177a1" ON "rewards" ("profileId", "expiresAt") ',
    );
    await queryRunner.query('DROP INDEX "IDX_eb1b6d675a613b32c185992aaf"');
    await queryRunner.query('DROP INDEX "IDX_e74da74d08c37587ba4e99319c"');
    await queryRunner.query('DROP INDEX "IDX_db30bdb0c9924bfcdba5a8bfd1"');
    await queryRunner.query('DROP INDEX "IDX_8e37911d89508515239cb1e367"');
    await queryRunner.query(
      'CREATE TABLE "temporary_ledger_entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "profileId" varchar(36) NOT NULL, "currency" varchar(3) NOT NULL, "seq" integer NOT NULL, "type" varchar(10) NOT NULL, "rewardId" varchar(36), "redemptionId" varchar(36), "amount" bigint NOT NULL, "balanceAfter" bigint NOT NULL, "actor" varchar(80) NOT NULL, "reason" varchar(500), "createdAt" datetime(3) NOT NULL, CONSTRAINT "FK_4f3c45468214222ba15b70b7c6d" FOREIGN KEY ("profileId") REFERENCES "profiles" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_eb1b6d675a613b32c185992aaf8" FOREIGN KEY ("rewardId") REFERENCES "rewards" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_ledger_entries"("id", "profileId", "currency", "seq", "type", "rewardId", "redemptionId", "amount", "balanceAfter", "actor", "reason", "createdAt") SELECT "id", "profileId", "currency", "seq", "type", "rewardId", "redemptionId", "amount", "balanceAfter", "actor", "reason", "createdAt" FROM "ledger_entries"',
    );
    await queryRunner.query('DROP TABLE "ledger_entries"');
    await queryRunner.query('ALTER TABLE "temporary_ledger_entries" RENAME TO "ledger_entries"');
    await queryRunner.query(
      'CREATE INDEX "IDX_eb1b6d675a613b32c185992aaf" ON "ledger_entries" ("rewardId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e74da74d08c37587ba4e99319c" ON "ledger_entries" ("redemptionId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_db30bdb0c9924bfcdba5a8bfd1" ON "ledger_entries" ("profileId", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_8e37911d89508515239cb1e367" ON "ledger_entries" ("profileId", "currency", "seq") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_8e37911d89508515239cb1e367"');
    await queryRunner.query('DROP INDEX "IDX_db30bdb0c9924bfcdba5a8bfd1"');
    await queryRunner.query('DROP INDEX "IDX_e74da74d08c37587ba4e99319c"');
    await queryRunner.query('DROP INDEX "IDX_eb1b6d675a613b32c185992aaf"');
    await queryRunner.query('ALTER TABLE "ledger_entries" RENAME TO "temporary_ledger_entries"');
    await queryRunner.query(
      'CREATE TABLE "ledger_entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "profileId" varchar(36) NOT NULL, "currency" varchar(3) NOT NULL, "seq" integer NOT NULL, "type" varchar(10) NOT NULL, "rewardId" varchar(36), "redemptionId" varchar(36), "amount" bigint NOT NULL, "balanceAfter" bigint NOT NULL, "actor" varchar(80) NOT NULL, "reason" varchar(500), "createdAt" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "ledger_entries"("id", "profileId", "currency", "seq", "type", "rewardId", "redemptionId", "amount", "balanceAfter", "actor", "reason", "createdAt") SELECT "id", "profileId", "currency", "seq", "type", "rewardId", "redemptionId", "amount", "balanceAfter", "actor", "reason", "createdAt" FROM "temporary_ledger_entries"',
    );
    await queryRunner.query('DROP TABLE "temporary_ledger_entries"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_8e37911d89508515239cb1e367" ON "ledger_entries" ("profileId", "currency", "seq") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_db30bdb0c9924bfcdba5a8bfd1" ON "ledger_entries" ("profileId", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e74da74d08c37587ba4e99319c" ON "ledger_entries" ("redemptionId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_eb1b6d675a613b32c185992aaf" ON "ledger_entries" ("rewardId") ',
    );
    await queryRunner.query('DROP INDEX "IDX_0d242549d48d8500b572c177a1"');
    await queryRunner.query('DROP INDEX "IDX_8086ea04b52435c38411838fbc"');
    await queryRunner.query('DROP INDEX "IDX_a8be3c1bcc7276c1aba3be543e"');
    await queryRunner.query('DROP INDEX "IDX_0f706c199636d083d4c6f11c37"');
    await queryRunner.query('ALTER TABLE "rewards" RENAME TO "temporary_rewards"');
    await queryRunner.query(
      'CREATE TABLE "rewards" ("id" varchar(36) PRIMARY KEY NOT NULL, "profileId" varchar(36) NOT NULL, "definitionId" varchar(36) NOT NULL, "typeId" varchar(36) NOT NULL, "currency" varchar(3) NOT NULL, "valueInitial" integer NOT NULL, "valueRemaining" integer NOT NULL, "timezone" varchar(64) NOT NULL, "issuedAt" datetime(3) NOT NULL, "activatesAt" datetime(3), "expiresAt" datetime(3) NOT NULL, "extendedAt" datetime(3), "extensionCount" integer NOT NULL DEFAULT (0), "voidedAt" datetime(3), "source" varchar(20) NOT NULL, "issuedBy" varchar(80), "reason" varchar(500), "meta" text)',
    );
    await queryRunner.query(
      'INSERT INTO "rewards"("id", "profileId", "definitionId", "typeId", "currency", "valueInitial", "valueRemaining", "timezone", "issuedAt", "activatesAt", "expiresAt", "extendedAt", "extensionCount", "voidedAt", "source", "issuedBy", "reason", "meta") SELECT "id", "profileId", "definitionId", "typeId", "currency", "valueInitial", "valueRemaining", "timezone", "issuedAt", "activatesAt", "expiresAt", "extendedAt", "extensionCount", "voidedAt", "source", "issuedBy", "reason", "meta" FROM "temporary_rewards"',
    );
    await queryRunner.query('DROP TABLE "temporary_rewards"');
    await queryRunner.query(
      'CREATE INDEX "IDX_0d242549d48d8500b572c177a1" ON "rewards" ("profileId", "expiresAt") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8086ea04b52435c38411838fbc" ON "rewards" ("issuedBy", "issuedAt") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a8be3c1bcc7276c1aba3be543e" ON "rewards" ("typeId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0f706c199636d083d4c6f11c37" ON "rewards" ("definitionId") ',
    );
    await queryRunner.query('DROP INDEX "IDX_ade10e7cabba9c72d11d38992a"');
    await queryRunner.query(
      'ALTER TABLE "reward_definitions" RENAME TO "temporary_reward_definitions"',
    );
    await queryRunner.query(
      'CREATE TABLE "reward_definitions" ("id" varchar(36) PRIMARY KEY NOT NULL, "handle" varchar(100) NOT NULL, "name" varchar(200) NOT NULL, "description" varchar(2000), "typeId" varchar(36) NOT NULL, "value" integer NOT NULL, "currency" varchar(3) NOT NULL, "expiryPeriod" integer, "expiryUnit" varchar(8), "absoluteExpiry" datetime(3), "assignable" boolean NOT NULL, "published" boolean NOT NULL, "archived" boolean NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_c3cd3b86767d523c15dcd473951" UNIQUE ("handle"))',
    );
    await queryRunner.query(
      'INSERT INTO "reward_definitions"("id", "handle", "name", "description", "typeId", "value", "currency", "expiryPeriod", "expiryUnit", "absoluteExpiry", "assignable", "published", "archived", "createdAt", "updatedAt") SELECT "id", "handle", "name", "description", "typeId", "value", "currency", "expiryPeriod", "expiryUnit", "absoluteExpiry", "assignable", "published", "archived", "createdAt", "updatedAt" FROM "temporary_reward_definitions"',
    );
    await queryRunner.query('DROP TABLE "temporary_reward_definitions"');
    await queryRunner.query(
      'CREATE INDEX "IDX_ade10e7cabba9c72d11d38992a" ON "reward_definitions" ("typeId") ',
    );
    await queryRunner.query('DROP TABLE "settings"');
    await queryRunner.query('DROP INDEX "IDX_8e37911d89508515239cb1e367"');
    await queryRunner.query('DROP INDEX "IDX_db30bdb0c9924bfcdba5a8bfd1"');
    await queryRunner.query('DROP INDEX "IDX_e74da74d08c37587ba4e99319c"');
    await queryRunner.query('DROP INDEX "IDX_eb1b6d675a613b32c185992aaf"');
    await queryRunner.query('DROP TABLE "ledger_entries"');
    await queryRunner.query('DROP INDEX "IDX_0d242549d48d8500b572c177a1"');
    await queryRunner.query('DROP INDEX "IDX_8086ea04b52435c38411838fbc"');
    await queryRunner.query('DROP INDEX "IDX_a8be3c1bcc7276c1aba3be543e"');
    await queryRunner.query('DROP INDEX "IDX_0f706c199636d083d4c6f11c37"');
    await queryRunner.query('DROP TABLE "rewards"');
    await queryRunner.query('DROP INDEX "IDX_5b49bd22c967ce2829ca8f1772"');
    await queryRunner.query('DROP TABLE "profiles"');
    await queryRunner.query('DROP TABLE "idempotency_keys"');
    await queryRunner.query('DROP INDEX "IDX_ade10e7cabba9c72d11d38992a"');
    await queryRunner.query('DROP TABLE "reward_definitions"');
    await queryRunner.query('DROP TABLE "reward_types"');
  }
}
