import { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimits1796328286900 implements MigrationInterface {
  name = 'RateLimits1796328286900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `rate_limits` (`key` varchar(255) NOT NULL, `points` int NOT NULL DEFAULT '0', `expire` bigint UNSIGNED NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `rate_limits`");
  }
}
