import { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordLinks1796350579500 implements MigrationInterface {
  name = 'PasswordLinks1796350579500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `password_links` (`id` varchar(36) NOT NULL, `userId` varchar(36) NOT NULL, `tokenHash` varchar(64) NOT NULL, `createdBy` varchar(80) NOT NULL, `createdAt` datetime(3) NOT NULL, `expiresAt` datetime(3) NOT NULL, `endedAt` datetime(3) NULL, INDEX `IDX_a7ea605710a9a5c96fa71e11fc` (`userId`, `endedAt`), UNIQUE INDEX `IDX_fa0de43fc51767f002dc6afa98` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `password_links` ADD CONSTRAINT `FK_9a9d58028cb55057087bcb1f339` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `password_links` DROP FOREIGN KEY `FK_9a9d58028cb55057087bcb1f339`");
    await queryRunner.query("DROP INDEX `IDX_fa0de43fc51767f002dc6afa98` ON `password_links`");
    await queryRunner.query("DROP INDEX `IDX_a7ea605710a9a5c96fa71e11fc` ON `password_links`");
    await queryRunner.query("DROP TABLE `password_links`");
  }
}
