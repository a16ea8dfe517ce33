import { MigrationInterface, QueryRunner } from 'typeorm';

export class OpenUntil1796349424172 implements MigrationInterface {
  name = 'OpenUntil1796349424172';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_19d0f67a10c3b0e0bacfb54884\"");
    await queryRunner.query("DROP INDEX \"IDX_e9441473eaf5778d329f4fcd8d\"");
    await queryRunner.query("DROP INDEX \"IDX_0f706c199636d083d4c6f11c37\"");
    await queryRunner.query("DROP INDEX \"IDX_a8be3c1bcc7276c1aba3be543e\"");
    await queryRunner.query("DROP INDEX \"IDX_8086ea04b52435c38411838fbc\"");
    await queryRunner.query("DROP INDEX \"IDX_0d242549d48d8500b572c177a1\"");
    await queryRunner.query("CREATE TABLE \"temporary_rewards\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"profileId\" varchar(36) NOT NULL, \"definitionId\" varchar(36) NOT NULL, \"typeId\" varchar(36) NOT NULL, \"currency\" varchar(3) NOT NULL, \"valueInitial\" integer NOT NULL, \"valueRemaining\" integer NOT NULL, \"timezone\" varchar(64) NOT NULL, \"issuedAt\" datetime(3) NOT NULL, \"activatesAt\" datetime(3), \"expiresAt\" datetime(3) NOT NULL, \"extendedAt\" datetime(3), \"extensionCount\" integer NOT NULL DEFAULT (0), \"voidedAt\" datetime(3), \"source\" varchar(20) NOT NULL, \"issuedBy\" varchar(80), \"reason\" varchar(500), \"meta\" text, \"expiredAt\" datetime(3), \"openUntil\" datetime(3), CONSTRAINT \"FK_d2414843d5f8f8e6762f20c4cbc\" FOREIGN KEY (\"profileId\") REFERENCES \"profiles\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_0f706c199636d083d4c6f11c37e\" FOREIGN KEY (\"definitionId\") REFERENCES \"reward_definitions\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_a8be3c1bcc7276c1aba3be543e3\" FOREIGN KEY (\"typeId\") REFERENCES \"reward_types\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_rewards\"(\"id\", \"profileId\", \"definitionId\", \"typeId\", \"currency\", \"valueInitial\", \"valueRemaining\", \"timezone\", \"issuedAt\", \"activatesAt\", \"expiresAt\", \"extendedAt\", \"extensionCount\", \"voidedAt\", \"source\", \"issuedBy\", \"reason\", \"meta\", \"expiredAt\") SELECT \"id\", \"profileId\", \"definitionId\", \"typeId\", \"currency\", \"valueInitial\", \"valueRemaining\", \"timezone\", \"issuedAt\", \"activatesAt\", \"expiresAt\", \"extendedAt\", \"extensionCount\", \"voidedAt\", \"source\", \"issuedBy\", \"reason\", \"meta\", \"expiredAt\" FROM \"rewards\"");
    await queryRunner.query("DROP TABLE \"rewards\"");
    await queryRunner.query("ALTER TABLE \"temporary_rewards\" RENAME TO \"rewards\"");
    // Open rewards (value left, not voided) are open until their expiry.
    await queryRunner.query("UPDATE \"rewards\" SET \"openUntil\" = \"expiresAt\" WHERE \"voidedAt\" IS NULL AND \"valueRemaining\" > 0");
    await queryRunner.query("CREATE INDEX \"IDX_19d0f67a10c3b0e0bacfb54884\" ON \"rewards\" (\"currency\", \"expiresAt\", \"voidedAt\", \"valueRemaining\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e9441473eaf5778d329f4fcd8d\" ON \"rewards\" (\"expiredAt\", \"expiresAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0f706c199636d083d4c6f11c37\" ON \"rewards\" (\"definitionId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a8be3c1bcc7276c1aba3be543e\" ON \"rewards\" (\"typeId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8086ea04b52435c38411838fbc\" ON \"rewards\" (\"issuedBy\", \"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0d242549d48d8500b572c177a1\" ON \"rewards\" (\"profileId\", \"expiresAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_71755b7ea3e5815a083c44edd8\" ON \"rewards\" (\"profileId\", \"openUntil\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_71755b7ea3e5815a083c44edd8\"");
    await queryRunner.query("DROP INDEX \"IDX_0d242549d48d8500b572c177a1\"");
    await queryRunner.query("DROP INDEX \"IDX_8086ea04b52435c38411838fbc\"");
    await queryRunner.query("DROP INDEX \"IDX_a8be3c1bcc7276c1aba3be543e\"");
    await queryRunner.query("DROP INDEX \"IDX_0f706c199636d083d4c6f11c37\"");
    await queryRunner.query("DROP INDEX \"IDX_e9441473eaf5778d329f4fcd8d\"");
    await queryRunner.query("DROP INDEX \"IDX_19d0f67a10c3b0e0bacfb54884\"");
    await queryRunner.query("ALTER TABLE \"rewards\" RENAME TO \"temporary_rewards\"");
    await queryRunner.query("CREATE TABLE \"rewards\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"profileId\" varchar(36) NOT NULL, \"definitionId\" varchar(36) NOT NULL, \"typeId\" varchar(36) NOT NULL, \"currency\" varchar(3) NOT NULL, \"valueInitial\" integer NOT NULL, \"valueRemaining\" integer NOT NULL, \"timezone\" varchar(64) NOT NULL, \"issuedAt\" datetime(3) NOT NULL, \"activatesAt\" datetime(3), \"expiresAt\" datetime(3) NOT NULL, \"extendedAt\" datetime(3), \"extensionCount\" integer NOT NULL DEFAULT (0), \"voidedAt\" datetime(3), \"source\" varchar(20) NOT NULL, \"issuedBy\" varchar(80), \"reason\" varchar(500), \"meta\" text, \"expiredAt\" datetime(3), CONSTRAINT \"FK_d2414843d5f8f8e6762f20c4cbc\" FOREIGN KEY (\"profileId\") REFERENCES \"profiles\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_0f706c199636d083d4c6f11c37e\" FOREIGN KEY (\"definitionId\") REFERENCES \"reward_definitions\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_a8be3c1bcc7276c1aba3be543e3\" FOREIGN KEY (\"typeId\") REFERENCES \"reward_types\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"rewards\"(\"id\", \"profileId\", \"definitionId\", \"typeId\", \"currency\", \"valueInitial\", \"valueRemaining\", \"timezone\", \"issuedAt\", \"activatesAt\", \"expiresAt\", \"extendedAt\", \"extensionCount\", \"voidedAt\", \"source\", \"issuedBy\", \"reason\", \"meta\", \"expiredAt\") SELECT \"id\", \"profileId\", \"definitionId\", \"typeId\", \"currency\", \"valueInitial\", \"valueRemaining\", \"timezone\", \"issuedAt\", \"activatesAt\", \"expiresAt\", \"extendedAt\", \"extensionCount\", \"voidedAt\", \"source\", \"issuedBy\", \"reason\", \"meta\", \"expiredAt\" FROM \"temporary_rewards\"");
    await queryRunner.query("DROP TABLE \"temporary_rewards\"");
    await queryRunner.query("CREATE INDEX \"IDX_0d242549d48d8500b572c177a1\" ON \"rewards\" (\"profileId\", \"expiresAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8086ea04b52435c38411838fbc\" ON \"rewards\" (\"issuedBy\", \"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a8be3c1bcc7276c1aba3be543e\" ON \"rewards\" (\"typeId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0f706c199636d083d4c6f11c37\" ON \"rewards\" (\"definitionId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e9441473eaf5778d329f4fcd8d\" ON \"rewards\" (\"expiredAt\", \"expiresAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_19d0f67a10c3b0e0bacfb54884\" ON \"rewards\" (\"currency\", \"expiresAt\", \"voidedAt\", \"valueRemaining\") ");
  }
}
