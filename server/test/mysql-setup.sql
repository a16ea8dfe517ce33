-- The MySQL accounts the test suites use (TEST_MYSQL_URL defaults to
-- mariadb://rewards:rewards@127.0.0.1:3306/rewards). Each test file creates and drops its own
-- database named rewards_t_*, so the account needs rights on rewards% databases.
-- Apply as the database administrator:  sudo mysql < server/test/mysql-setup.sql
--
-- `rewards` plays the migration user (MIGRATION_DATABASE_URL): it owns the schema and may
-- grant the app user its table privileges (`node dist/cli/grants.js --apply`).
CREATE USER IF NOT EXISTS 'rewards'@'localhost' IDENTIFIED BY 'rewards';
CREATE USER IF NOT EXISTS 'rewards'@'127.0.0.1' IDENTIFIED BY 'rewards';
GRANT ALL PRIVILEGES ON `rewards%`.* TO 'rewards'@'localhost' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON `rewards%`.* TO 'rewards'@'127.0.0.1' WITH GRANT OPTION;
-- `rewards_app` plays the restricted app user (DATABASE_URL): on scratch databases it may
-- read and insert everywhere; UPDATE and DELETE come per table from the grants CLI, which
-- never gives them on ledger_entries.
CREATE USER IF NOT EXISTS 'rewards_app'@'localhost' IDENTIFIED BY 'rewards_app';
CREATE USER IF NOT EXISTS 'rewards_app'@'127.0.0.1' IDENTIFIED BY 'rewards_app';
GRANT SELECT, INSERT ON `rewards\_t\_%`.* TO 'rewards_app'@'localhost';
GRANT SELECT, INSERT ON `rewards\_t\_%`.* TO 'rewards_app'@'127.0.0.1';
CREATE DATABASE IF NOT EXISTS rewards CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
FLUSH PRIVILEGES;
