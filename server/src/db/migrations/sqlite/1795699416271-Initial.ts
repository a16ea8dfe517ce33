import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795699416271 implements MigrationInterface {
  name = 'Initial1795699416271';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_keys" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "prefix" varchar(16) NOT NULL, "secretHash" varchar(64) NOT NULL, "scopes" text NOT NULL, "createdBy" varchar(80) NOT NULL, "createdAt" datetime(3) NOT NULL, "revokedAt" datetime(3), CONSTRAINT "UQ_61b9fd4b1653ad87c7e79a2746f" UNIQUE ("secretHash"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "passwordHash" varchar(255) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"))',
    );
    await queryRunner.query(
      'CREATE TABLE "auth_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "tokenHash" varchar(64) NOT NULL, "createdAt" datetime(3) NOT NULL, "expiresAt" datetime(3) NOT NULL, "revokedAt" datetime(3), CONSTRAINT "UQ_124a43dd73c87052e1a6193e3b6" UNIQUE ("tokenHash"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_925b24d7fc2f9324ce972aee02" ON "auth_sessions" ("userId") ',
    );
    await queryRunner.query('DROP INDEX "IDX_925b24d7fc2f9324ce972aee02"');
    await queryRunner.query(
      'CREATE TABLE "temporary_auth_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "tokenHash" varchar(64) NOT NULL, "createdAt" datetime(3) NOT NULL, "expiresAt" datetime(3) NOT NULL, "revokedAt" datetime(3), CONSTRAINT "UQ_124a43dd73c87052e1a6193e3b6" UNIQUE ("tokenHash"), CONSTRAINT "FK_925b24d7fc2f9324ce972aee025" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_auth_sessions"("id", "userId", "tokenHash", "createdAt", "expiresAt", "revokedAt") SELECT "id", "userId", "tokenHash", "createdAt", "expiresAt", "revokedAt" FROM "auth_sessions"',
    );
    await queryRunner.query('DROP TABLE "auth_sessions"');
    await queryRunner.query('ALTER TABLE "temporary_auth_sessions" RENAME TO "auth_sessions"');
    await queryRunner.query(
      'CREATE INDEX "IDX_925b24d7fc2f9324ce972aee02" ON "auth_sessions" ("userId") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_925b24d7fc2f9324ce972aee02"');
    await queryRunner.query('ALTER TABLE "auth_sessions" RENAME TO "temporary_auth_sessions"');
    await queryRunner.query(
      'CREATE TABLE "auth_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "tokenHash" varchar(64) NOT NULL, "createdAt" datetime(3) NOT NULL, "expiresAt" datetime(3) NOT NULL, "revokedAt" datetime(3), CONSTRAINT "UQ_124a43dd73c87052e1a6193e3b6" UNIQUE ("tokenHash"))',
    );
    await queryRunner.query(
      'INSERT INTO "auth_sessions"("id", "userId", "tokenHash", "createdAt", "expiresAt", "revokedAt") SELECT "id", "userId", "tokenHash", "createdAt", "expiresAt", "revokedAt" FROM "temporary_auth_sessions"',
    );
    await queryRunner.query('DROP TABLE "temporary_auth_sessions"');
    await queryRunner.query(
      'CREATE INDEX "IDX_925b24d7fc2f9324ce972aee02" ON "auth_sessions" ("userId") ',
    );
    await queryRunner.query('DROP INDEX "IDX_925b24d7fc2f9324ce972aee02"');
    await queryRunner.query('DROP TABLE "auth_sessions"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "api_keys"');
  }
}
