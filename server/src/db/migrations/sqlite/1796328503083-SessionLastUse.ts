import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionLastUse1796328503083 implements MigrationInterface {
  name = 'SessionLastUse1796328503083';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_925b24d7fc2f9324ce972aee02\"");
    await queryRunner.query("CREATE TABLE \"temporary_auth_sessions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"userId\" varchar(36) NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"expiresAt\" datetime(3) NOT NULL, \"revokedAt\" datetime(3), \"lastUsedAt\" datetime(3), CONSTRAINT \"UQ_124a43dd73c87052e1a6193e3b6\" UNIQUE (\"tokenHash\"), CONSTRAINT \"FK_925b24d7fc2f9324ce972aee025\" FOREIGN KEY (\"userId\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_auth_sessions\"(\"id\", \"userId\", \"tokenHash\", \"createdAt\", \"expiresAt\", \"revokedAt\") SELECT \"id\", \"userId\", \"tokenHash\", \"createdAt\", \"expiresAt\", \"revokedAt\" FROM \"auth_sessions\"");
    await queryRunner.query("DROP TABLE \"auth_sessions\"");
    await queryRunner.query("ALTER TABLE \"temporary_auth_sessions\" RENAME TO \"auth_sessions\"");
    await queryRunner.query("CREATE INDEX \"IDX_925b24d7fc2f9324ce972aee02\" ON \"auth_sessions\" (\"userId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_925b24d7fc2f9324ce972aee02\"");
    await queryRunner.query("ALTER TABLE \"auth_sessions\" RENAME TO \"temporary_auth_sessions\"");
    await queryRunner.query("CREATE TABLE \"auth_sessions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"userId\" varchar(36) NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"expiresAt\" datetime(3) NOT NULL, \"revokedAt\" datetime(3), CONSTRAINT \"UQ_124a43dd73c87052e1a6193e3b6\" UNIQUE (\"tokenHash\"), CONSTRAINT \"FK_925b24d7fc2f9324ce972aee025\" FOREIGN KEY (\"userId\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"auth_sessions\"(\"id\", \"userId\", \"tokenHash\", \"createdAt\", \"expiresAt\", \"revokedAt\") SELECT \"id\", \"userId\", \"tokenHash\", \"createdAt\", \"expiresAt\", \"revokedAt\" FROM \"temporary_auth_sessions\"");
    await queryRunner.query("DROP TABLE \"temporary_auth_sessions\"");
    await queryRunner.query("CREATE INDEX \"IDX_925b24d7fc2f9324ce972aee02\" ON \"auth_sessions\" (\"userId\") ");
  }
}
