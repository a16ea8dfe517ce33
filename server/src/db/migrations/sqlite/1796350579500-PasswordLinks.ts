import { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordLinks1796350579500 implements MigrationInterface {
  name = 'PasswordLinks1796350579500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"password_links\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"userId\" varchar(36) NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"createdBy\" varchar(80) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"expiresAt\" datetime(3) NOT NULL, \"endedAt\" datetime(3), CONSTRAINT \"UQ_fa0de43fc51767f002dc6afa98d\" UNIQUE (\"tokenHash\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a7ea605710a9a5c96fa71e11fc\" ON \"password_links\" (\"userId\", \"endedAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_a7ea605710a9a5c96fa71e11fc\"");
    await queryRunner.query("CREATE TABLE \"temporary_password_links\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"userId\" varchar(36) NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"createdBy\" varchar(80) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"expiresAt\" datetime(3) NOT NULL, \"endedAt\" datetime(3), CONSTRAINT \"UQ_fa0de43fc51767f002dc6afa98d\" UNIQUE (\"tokenHash\"), CONSTRAINT \"FK_9a9d58028cb55057087bcb1f339\" FOREIGN KEY (\"userId\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_password_links\"(\"id\", \"userId\", \"tokenHash\", \"createdBy\", \"createdAt\", \"expiresAt\", \"endedAt\") SELECT \"id\", \"userId\", \"tokenHash\", \"createdBy\", \"createdAt\", \"expiresAt\", \"endedAt\" FROM \"password_links\"");
    await queryRunner.query("DROP TABLE \"password_links\"");
    await queryRunner.query("ALTER TABLE \"temporary_password_links\" RENAME TO \"password_links\"");
    await queryRunner.query("CREATE INDEX \"IDX_a7ea605710a9a5c96fa71e11fc\" ON \"password_links\" (\"userId\", \"endedAt\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_a7ea605710a9a5c96fa71e11fc\"");
    await queryRunner.query("ALTER TABLE \"password_links\" RENAME TO \"temporary_password_links\"");
    await queryRunner.query("CREATE TABLE \"password_links\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"userId\" varchar(36) NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"createdBy\" varchar(80) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"expiresAt\" datetime(3) NOT NULL, \"endedAt\" datetime(3), CONSTRAINT \"UQ_fa0de43fc51767f002dc6afa98d\" UNIQUE (\"tokenHash\"))");
    await queryRunner.query("INSERT INTO \"password_links\"(\"id\", \"userId\", \"tokenHash\", \"createdBy\", \"createdAt\", \"expiresAt\", \"endedAt\") SELECT \"id\", \"userId\", \"tokenHash\", \"createdBy\", \"createdAt\", \"expiresAt\", \"endedAt\" FROM \"temporary_password_links\"");
    await queryRunner.query("DROP TABLE \"temporary_password_links\"");
    await queryRunner.query("CREATE INDEX \"IDX_a7ea605710a9a5c96fa71e11fc\" ON \"password_links\" (\"userId\", \"endedAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_a7ea605710a9a5c96fa71e11fc\"");
    await queryRunner.query("DROP TABLE \"password_links\"");
  }
}
