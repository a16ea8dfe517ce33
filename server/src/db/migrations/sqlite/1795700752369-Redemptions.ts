import { MigrationInterface, QueryRunner } from 'typeorm';

export class Redemptions1795700752369 implements MigrationInterface {
  name = 'Redemptions1795700752369';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "holds" ("id" varchar(36) PRIMARY KEY NOT NULL, "profileId" varchar(36) NOT NULL, "currency" varchar(3) NOT NULL, "amount" integer NOT NULL, "status" varchar(10) NOT NULL, "expiresAt" datetime(3) NOT NULL, "lineDiscounts" text NOT NULL, "createdAt" datetime(3) NOT NULL, "createdBy" varchar(80) NOT NULL, "closedAt" datetime(3), "redemptionId" varchar(36))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4e99f9787fd98142ecea26becc" ON "holds" ("profileId", "status", "expiresAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "hold_allocations" ("id" varchar(36) PRIMARY KEY NOT NULL, "holdId" varchar(36) NOT NULL, "rewardId" varchar(36) NOT NULL, "position" integer NOT NULL, "amount" integer NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e8199e282444e0279852e7bd16" ON "hold_allocations" ("rewardId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_c6ba9f0cd3bc5bdea6a1719381" ON "hold_allocations" ("holdId", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "redemptions" ("id" varchar(36) PRIMARY KEY NOT NULL, "profileId" varchar(36) NOT NULL, "currency" varchar(3) NOT NULL, "status" varchar(20) NOT NULL, "requested" integer NOT NULL, "amount" integer NOT NULL, "returned" integer NOT NULL DEFAULT (0), "lineDiscounts" text NOT NULL, "transactionExternalId" varchar(100), "receiptRef" varchar(100), "locationId" varchar(100), "holdId" varchar(36), "createdAt" datetime(3) NOT NULL, "createdBy" varchar(80) NOT NULL, "reversedAt" datetime(3))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_aec93c6027832bfb11f92ddcc1" ON "redemptions" ("transactionExternalId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2e9601a0f5567d90bf7d2be4d1" ON "redemptions" ("receiptRef") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1df637114c2901ff885f7d1c7e" ON "redemptions" ("profileId", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "redemption_allocations" ("id" varchar(36) PRIMARY KEY NOT NULL, "redemptionId" varchar(36) NOT NULL, "rewardId" varchar(36) NOT NULL, "position" integer NOT NULL, "amount" integer NOT NULL, "returned" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f339dca69a21758cde96a8ac72" ON "redemption_allocations" ("rewardId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_183c45a137df12f90c201eb3a7" ON "redemption_allocations" ("redemptionId", "position") ',
    );
    await queryRunner.query('DROP INDEX "IDX_4e99f9787fd98142ecea26becc"');
    await queryRunner.query(
      'CREATE TABLE "temporary_holds" ("id" varchar(36) PRIMARY KEY NOT NULL, "profileId" varchar(36) NOT NULL, "currency" varchar(3) NOT NULL, "amount" integer NOT NULL, "status" varchar(10) NOT NULL, "expiresAt" datetime(3) NOT NULL, "lineDiscounts" text NOT NULL, "createdAt" datetime(3) NOT NULL, "createdBy" varchar(80) NOT NULL, "closedAt" datetime(3), "redemptionId" varchar(36), CONSTRAINT "FK_91be0a79b1eaddeadcd8e85a2cf" FOREIGN KEY ("profileId") REFERENCES "profiles" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_holds"("id", "profileId", "currency", "amount", "status", "expiresAt", "lineDiscounts", "createdAt", "createdBy", "closedAt", "redemptionId") SELECT "id", "profileId", "currency", "amount", "status", "expiresAt", "lineDiscounts", "createdAt", "createdBy", "closedAt", "redemptionId" FROM "holds"',
    );
    await queryRunner.query('DROP TABLE "holds"');
    await queryRunner.query('ALTER TABLE "temporary_holds" RENAME TO "holds"');
    await queryRunner.query(
      'CREATE INDEX "IDX_4e99f9787fd98142ecea26becc" ON "holds" ("profileId", "status", "expiresAt") ',
    );
    await queryRunner.query('DROP INDEX "IDX_e8199e282444e0279852e7bd16"');
    await queryRunner.query('DROP INDEX "IDX_c6ba9f0cd3bc5bdea6a1719381"');
    await queryRunner.query(
      'CREATE TABLE "temporary_hold_allocations" ("id" varchar(36) PRIMARY KEY NOT NULL, "holdId" varchar(36) NOT NULL, "rewardId" varchar(36) NOT NULL, "position" integer NOT NULL, "amount" integer NOT NULL, CONSTRAINT "FK_770d7f364e3bea45bef1fa2b34f" FOREIGN KEY ("holdId") REFERENCES "holds" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e8199e282444e0279852e7bd168" FOREIGN KEY ("rewardId") REFERENCES "rewards" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_hold_allocations"("id", "holdId", "rewardId", "position", "amount") SELECT "id", "holdId", "rewardId", "position", "amount" FROM "hold_allocations"',
    );
    await queryRunner.query('DROP TABLE "hold_allocations"');
    await queryRunner.query(
      'ALTER TABLE "temporary_hold_allocations" RENAME TO "hold_allocations"',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e8199e282444e0279852e7bd16" ON "hold_allocations" ("rewardId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_c6ba9f0cd3bc5bdea6a1719381" ON "hold_allocations" ("holdId", "position") ',
    );
    await queryRunner.query('DROP INDEX "IDX_aec93c6027832bfb11f92ddcc1"');
    await queryRunner.query('DROP INDEX "IDX_2e9601a0f5567d90bf7d2be4d1"');
    await queryRunner.query('DROP INDEX "IDX_1df637114c2901ff885f7d1c7e"');
    await queryRunner.query(
      'CREATE TABLE "temporary_redemptions" ("id" varchar(36) PRIMARY KEY NOT NULL, "profileId" varchar(36) NOT NULL, "currency" varchar(3) NOT NULL, "status" varchar(20) NOT NULL, "requested" integer NOT NULL, "amount" integer NOT NULL, "returned" integer NOT NULL DEFAULT (0), "lineDiscounts" text NOT NULL, "transactionExternalId" varchar(100), "receiptRef" varchar(100), "locationId" varchar(100), "holdId" varchar(36), "createdAt" datetime(3) NOT NULL, "createdBy" varchar(80) NOT NULL, "reversedAt" datetime(3), CONSTRAINT "FK_0ae751c986a875eb83a6628ba1b" FOREIGN KEY ("profileId") REFERENCES "profiles" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_redemptions"("id", "profileId", "currency", "status", "requested", "amount", "returned", "lineDiscounts", "transactionExternalId", "receiptRef", "locationId", "holdId", "createdAt", "createdBy", "reversedAt") SELECT "id", "profileId", "currency", "status", "requested", "amount", "returned", "lineDiscounts", "transactionExternalId", "receiptRef", "locationId", "holdId", "createdAt", "createdBy", "reversedAt" FROM "redemptions"',
    );
    await queryRunner.query('DROP TABLE "redemptions"');
    await queryRunner.query('ALTER TABLE "temporary_redemptions" RENAME TO "redemptions"');
    await queryRunner.query(
      'CREATE INDEX "IDX_aec93c6027832bfb11f92ddcc1" ON "redemptions" ("transactionExternalId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2e9601a0f5567d90bf7d2be4d1" ON "redemptions" ("receiptRef") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1df637114c2901ff885f7d1c7e" ON "redemptions" ("profileId", "id") ',
    );
    await queryRunner.query('DROP INDEX "IDX_f339dca69a21758cde96a8ac72"');
    await queryRunner.query('DROP INDEX "IDX_183c45a137df12f90c201eb3a7"');
    await queryRunner.query(
      'CREATE TABLE "temporary_redemption_allocations" ("id" varchar(36) PRIMARY KEY NOT NULL, "redemptionId" varchar(36) NOT NULL, "rewardId" varchar(36) NOT NULL, "position" integer NOT NULL, "amount" integer NOT NULL, "returned" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_956f2c5115c335ef0cc2d81588a" FOREIGN KEY ("redemptionId") REFERENCES "redemptions" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f339dca69a21758cde96a8ac72a" FOREIGN KEY ("rewardId") REFERENCES "rewards" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_redemption_allocations"("id", "redemptionId", "rewardId", "position", "amount", "returned") SELECT "id", "redemptionId", "rewardId", "position", "amount", "returned" FROM "redemption_allocations"',
    );
    await queryRunner.query('DROP TABLE "redemption_allocations"');
    await queryRunner.query(
      'ALTER TABLE "temporary_redemption_allocations" RENAME TO "redemption_allocations"',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f339dca69a21758cde96a8ac72" ON "redemption_allocations" ("rewardId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_183c45a137df12f90c201eb3a7" ON "redemption_allocations" ("redemptionId", "position") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_183c45a137df12f90c201eb3a7"');
    await queryRunner.query('DROP INDEX "IDX_f339dca69a21758cde96a8ac72"');
    await queryRunner.query(
      'ALTER TABLE "redemption_allocations" RENAME TO "temporary_redemption_allocations"',
    );
    await queryRunner.query(
      'CREATE TABLE "redemption_allocations" ("id" varchar(36) PRIMARY KEY NOT NULL, "redemptionId" varchar(36) NOT NULL, "rewardId" varchar(36) NOT NULL, "position" integer NOT NULL, "amount" integer NOT NULL, "returned" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "redemption_allocations"("id", "redemptionId", "rewardId", "position", "amount", "returned") SELECT "id", "redemptionId", "rewardId", "position", "amount", "returned" FROM "temporary_redemption_allocations"',
    );
    await queryRunner.query('DROP TABLE "temporary_redemption_allocations"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_183c45a137df12f90c201eb3a7" ON "redemption_allocations" ("redemptionId", "position") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f339dca69a21758cde96a8ac72" ON "redemption_allocations" ("rewardId") ',
    );
    await queryRunner.query('DROP INDEX "IDX_1df637114c2901ff885f7d1c7e"');
    await queryRunner.query('DROP INDEX "IDX_2e9601a0f5567d90bf7d2be4d1"');
    await queryRunner.query('DROP INDEX "IDX_aec93c6027832bfb11f92ddcc1"');
    await queryRunner.query('ALTER TABLE "redemptions" RENAME TO "temporary_redemptions"');
    await queryRunner.query(
      'CREATE TABLE "redemptions" ("id" varchar(36) PRIMARY KEY NOT NULL, "profileId" varchar(36) NOT NULL, "currency" varchar(3) NOT NULL, "status" varchar(20) NOT NULL, "requested" integer NOT NULL, "amount" integer NOT NULL, "returned" integer NOT NULL DEFAULT (0), "lineDiscounts" text NOT NULL, "transactionExternalId" varchar(100), "receiptRef" varchar(100), "locationId" varchar(100), "holdId" varchar(36), "createdAt" datetime(3) NOT NULL, "createdBy" varchar(80) NOT NULL, "reversedAt" datetime(3))',
    );
    await queryRunner.query(
      'INSERT INTO "redemptions"("id", "profileId", "currency", "status", "requested", "amount", "returned", "lineDiscounts", "transactionExternalId", "receiptRef", "locationId", "holdId", "createdAt", "createdBy", "reversedAt") SELECT "id", "profileId", "currency", "status", "requested", "amount", "returned", "lineDiscounts", "transactionExternalId", "receiptRef", "locationId", "holdId", "createdAt", "createdBy", "reversedAt" FROM "temporary_redemptions"',
    );
    await queryRunner.query('DROP TABLE "temporary_redemptions"');
    await queryRunner.query(
      'CREATE INDEX "IDX_1df637114c2901ff885f7d1c7e" ON "redemptions" ("profileId", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2e9601a0f5567d90bf7d2be4d1" ON "redemptions" ("receiptRef") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_aec93c6027832bfb11f92ddcc1" ON "redemptions" ("transactionExternalId") ',
    );
    await queryRunner.query('DROP INDEX "IDX_c6ba9f0cd3bc5bdea6a1719381"');
    await queryRunner.query('DROP INDEX "IDX_e8199e282444e0279852e7bd16"');
    await queryRunner.query(
      'ALTER TABLE "hold_allocations" RENAME TO "temporary_hold_allocations"',
    );
    await queryRunner.query(
      'CREATE TABLE "hold_allocations" ("id" varchar(36) PRIMARY KEY NOT NULL, "holdId" varchar(36) NOT NULL, "rewardId" varchar(36) NOT NULL, "position" integer NOT NULL, "amount" integer NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "hold_allocations"("id", "holdId", "rewardId", "position", "amount") SELECT "id", "holdId", "rewardId", "position", "amount" FROM "temporary_hold_allocations"',
    );
    await queryRunner.query('DROP TABLE "temporary_hold_allocations"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_c6ba9f0cd3bc5bdea6a1719381" ON "hold_allocations" ("holdId", "position") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e8199e282444e0279852e7bd16" ON "hold_allocations" ("rewardId") ',
    );
    await queryRunner.query('DROP INDEX "IDX_4e99f9787fd98142ecea26becc"');
    await queryRunner.query('ALTER TABLE "holds" RENAME TO "temporary_holds"');
    await queryRunner.query(
      'CREATE TABLE "holds" ("id" varchar(36) PRIMARY KEY NOT NULL, "profileId" varchar(36) NOT NULL, "currency" varchar(3) NOT NULL, "amount" integer NOT NULL, "status" varchar(10) NOT NULL, "expiresAt" datetime(3) NOT NULL, "lineDiscounts" text NOT NULL, "createdAt" datetime(3) NOT NULL, "createdBy" varchar(80) NOT NULL, "closedAt" datetime(3), "redemptionId" varchar(36))',
    );
    await queryRunner.query(
      'INSERT INTO "holds"("id", "profileId", "currency", "amount", "status", "expiresAt", "lineDiscounts", "createdAt", "createdBy", "closedAt", "redemptionId") SELECT "id", "profileId", "currency", "amount", "status", "expiresAt", "lineDiscounts", "createdAt", "createdBy", "closedAt", "redemptionId" FROM "temporary_holds"',
    );
    await queryRunner.query('DROP TABLE "temporary_holds"');
    await queryRunner.query(
      'CREATE INDEX "IDX_4e99f9787fd98142ecea26becc" ON "holds" ("profileId", "status", "expiresAt") ',
    );
    await queryRunner.query('DROP INDEX "IDX_183c45a137df12f90c201eb3a7"');
    await queryRunner.query('DROP INDEX "IDX_f339dca69a21758cde96a8ac72"');
    await queryRunner.query('DROP TABLE "redemption_allocations"');
    await queryRunner.query('DROP INDEX "IDX_1df637114c2901ff885f7d1c7e"');
    await queryRunner.query('DROP INDEX "IDX_2e9601a0f5567d90bf7d2be4d1"');
    await queryRunner.query('DROP INDEX "IDX_aec93c6027832bfb11f92ddcc1"');
    await queryRunner.query('DROP TABLE "redemptions"');
    await queryRunner.query('DROP INDEX "IDX_c6ba9f0cd3bc5bdea6a1719381"');
    await queryRunner.query('DROP INDEX "IDX_e8199e282444e0279852e7bd16"');
    await queryRunner.query('DROP TABLE "hold_allocations"');
    await queryRunner.query('DROP INDEX "IDX_4e99f9787fd98142ecea26becc"');
    await queryRunner.query('DROP TABLE "holds"');
  }
}
