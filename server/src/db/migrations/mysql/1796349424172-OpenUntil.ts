import { MigrationInterface, QueryRunner } from 'typeorm';

export class OpenUntil1796349424172 implements MigrationInterface {
  name = 'OpenUntil1796349424172';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `rewards` ADD `openUntil` datetime(3) NULL");
    // Open rewards (value left, not voided) are open until their expiry.
    await queryRunner.query("UPDATE `rewards` SET `openUntil` = `expiresAt` WHERE `voidedAt` IS NULL AND `valueRemaining` > 0");
    await queryRunner.query("CREATE INDEX `IDX_71755b7ea3e5815a083c44edd8` ON `rewards` (`profileId`, `openUntil`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_71755b7ea3e5815a083c44edd8` ON `rewards`");
    await queryRunner.query("ALTER TABLE `rewards` DROP COLUMN `openUntil`");
  }
}
