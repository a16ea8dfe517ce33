import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyPerCaller1796300302158 implements MigrationInterface {
  name = 'IdempotencyPerCaller1796300302158';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `idempotency_keys` ADD `scope` varchar(80) NOT NULL");
    await queryRunner.query("ALTER TABLE `idempotency_keys` DROP PRIMARY KEY");
    await queryRunner.query("ALTER TABLE `idempotency_keys` ADD PRIMARY KEY (`operation`, `key`, `scope`)");
    await queryRunner.query("ALTER TABLE `idempotency_keys` ADD `refusal` text NULL");
    await queryRunner.query("CREATE INDEX `IDX_39829cdd18d40184d32a8a4abe` ON `idempotency_keys` (`createdAt`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_39829cdd18d40184d32a8a4abe` ON `idempotency_keys`");
    await queryRunner.query("ALTER TABLE `idempotency_keys` DROP COLUMN `refusal`");
    await queryRunner.query("ALTER TABLE `idempotency_keys` DROP PRIMARY KEY");
    await queryRunner.query("ALTER TABLE `idempotency_keys` ADD PRIMARY KEY (`operation`, `key`)");
    await queryRunner.query("ALTER TABLE `idempotency_keys` DROP COLUMN `scope`");
  }
}
