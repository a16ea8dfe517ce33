import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyPerCaller1796300302158 implements MigrationInterface {
  name = 'IdempotencyPerCaller1796300302158';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_idempotency_keys\" (\"operation\" varchar(40) NOT NULL, \"key\" varchar(200) NOT NULL, \"fingerprint\" varchar(64) NOT NULL, \"resultType\" varchar(40) NOT NULL, \"resultId\" varchar(36) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"scope\" varchar(80) NOT NULL, \"refusal\" text, PRIMARY KEY (\"operation\", \"key\", \"scope\"))");
    await queryRunner.query("INSERT INTO \"temporary_idempotency_keys\"(\"operation\", \"key\", \"fingerprint\", \"resultType\", \"resultId\", \"createdAt\") SELECT \"operation\", \"key\", \"fingerprint\", \"resultType\", \"resultId\", \"createdAt\" FROM \"idempotency_keys\"");
    await queryRunner.query("DROP TABLE \"idempotency_keys\"");
    await queryRunner.query("ALTER TABLE \"temporary_idempotency_keys\" RENAME TO \"idempotency_keys\"");
    await queryRunner.query("CREATE INDEX \"IDX_39829cdd18d40184d32a8a4abe\" ON \"idempotency_keys\" (\"createdAt\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_39829cdd18d40184d32a8a4abe\"");
    await queryRunner.query("ALTER TABLE \"idempotency_keys\" RENAME TO \"temporary_idempotency_keys\"");
    await queryRunner.query("CREATE TABLE \"idempotency_keys\" (\"operation\" varchar(40) NOT NULL, \"key\" varchar(200) NOT NULL, \"fingerprint\" varchar(64) NOT NULL, \"resultType\" varchar(40) NOT NULL, \"resultId\" varchar(36) NOT NULL, \"createdAt\" datetime(3) NOT NULL, PRIMARY KEY (\"operation\", \"key\"))");
    await queryRunner.query("INSERT INTO \"idempotency_keys\"(\"operation\", \"key\", \"fingerprint\", \"resultType\", \"resultId\", \"createdAt\") SELECT \"operation\", \"key\", \"fingerprint\", \"resultType\", \"resultId\", \"createdAt\" FROM \"temporary_idempotency_keys\"");
    await queryRunner.query("DROP TABLE \"temporary_idempotency_keys\"");
  }
}
