#!/bin/sh
# MySQL's first start (docker-entrypoint-initdb.d): two users on the `rewards` database.
#   rewards      (MYSQL_USER) the migration user: owns the schema and grants the app user its
#                table privileges (`node dist/cli/grants.js --apply`, run by the app's start).
#   rewards_app  the app user (DATABASE_URL): table privileges only, never UPDATE or DELETE
#                on ledger_entries.
set -eu
mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
GRANT ALL PRIVILEGES ON \`$MYSQL_DATABASE\`.* TO '$MYSQL_USER'@'%' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'rewards_app'@'%' IDENTIFIED BY '${MYSQL_APP_PASSWORD}';
FLUSH PRIVILEGES;
SQL
