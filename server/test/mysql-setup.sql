-- The MySQL account the test suites use (TEST_MYSQL_URL defaults to
-- mariadb://rewards:rewards@127.0.0.1:3306/rewards). Each test file creates and drops its own
-- database named rewards_t_*, so the account needs rights on rewards% databases.
-- Apply as the database administrator:  sudo mysql < server/test/mysql-setup.sql
CREATE USER IF NOT EXISTS 'rewards'@'localhost' IDENTIFIED BY 'rewards';
CREATE USER IF NOT EXISTS 'rewards'@'127.0.0.1' IDENTIFIED BY 'rewards';
GRANT ALL PRIVILEGES ON `rewards%`.* TO 'rewards'@'localhost';
GRANT ALL PRIVILEGES ON `rewards%`.* TO 'rewards'@'127.0.0.1';
CREATE DATABASE IF NOT EXISTS rewards CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
FLUSH PRIVILEGES;
