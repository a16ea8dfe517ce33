import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeyLastUse1796349877465 implements MigrationInterface {
  name = 'ApiKeyLastUse1796349877465';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_api_keys\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"prefix\" varchar(16) NOT NULL, \"secretHash\" varchar(64) NOT NULL, \"scopes\" text NOT NULL, \"createdBy\" varchar(80) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"revokedAt\" datetime(3), \"lastUsedAt\" datetime(3), CONSTRAINT \"UQ_61b9fd4b1653ad87c7e79a2746f\" UNIQUE (\"secretHash\"))");
    await queryRunner.query("INSERT INTO \"temporary_api_keys\"(\"id\", \"name\", \"prefix\", \"secretHash\", \"scopes\", \"createdBy\", \"createdAt\", \"revokedAt\") SELECT \"id\", \"name\", \"prefix\", \"secretHash\", \"scopes\", \"createdBy\", \"createdAt\", \"revokedAt\" FROM \"api_keys\"");
    await queryRunner.query("DROP TABLE \"api_keys\"");
    await queryRunner.query("ALTER TABLE \"temporary_api_keys\" RENAME TO \"api_keys\"");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"api_keys\" RENAME TO \"temporary_api_keys\"");
    await queryRunner.query("CREATE TABLE \"api_keys\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"prefix\" varchar(16) NOT NULL, \"secretHash\" varchar(64) NOT NULL, \"scopes\" text NOT NULL, \"createdBy\" varchar(80) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"revokedAt\" datetime(3), CONSTRAINT \"UQ_61b9fd4b1653ad87c7e79a2746f\" UNIQUE (\"secretHash\"))");
    await queryRunner.query("INSERT INTO \"api_keys\"(\"id\", \"name\", \"prefix\", \"secretHash\", \"scopes\", \"createdBy\", \"createdAt\", \"revokedAt\") SELECT \"id\", \"name\", \"prefix\", \"secretHash\", \"scopes\", \"createdBy\", \"createdAt\", \"revokedAt\" FROM \"temporary_api_keys\"");
    await queryRunner.query("DROP TABLE \"temporary_api_keys\"");
  }
}
