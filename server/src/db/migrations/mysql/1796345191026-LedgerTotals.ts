import { MigrationInterface, QueryRunner } from 'typeorm';

export class LedgerTotals1796345191026 implements MigrationInterface {
  name = 'LedgerTotals1796345191026';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `ledger_totals` (`day` varchar(10) NOT NULL, `typeId` varchar(36) NOT NULL, `currency` varchar(3) NOT NULL, `issued` bigint NOT NULL, `redeemed` bigint NOT NULL, `restored` bigint NOT NULL, `expired` bigint NOT NULL, `voided` bigint NOT NULL, `entries` int NOT NULL, PRIMARY KEY (`day`, `typeId`, `currency`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ledger_rollup` (`id` varchar(20) NOT NULL, `zone` varchar(64) NOT NULL, `since` datetime(3) NOT NULL, `through` datetime(3) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `ledger_rollup`");
    await queryRunner.query("DROP TABLE `ledger_totals`");
  }
}
