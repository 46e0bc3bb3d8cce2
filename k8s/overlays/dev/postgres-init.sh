#!/bin/sh
# Run once by the postgres image, when the data directory is new: one database per service, each owned by a role
# of its own, with the credentials of the Secret that service reads (<service>-db, keys username and password).
# The values travel as psql variables (:"name" and :'value' quote them), never spliced into the SQL.
set -eu
for service in AUTH CONTENT PROGRESS NOTIFICATION; do
  database=$(echo "$service" | tr 'A-Z' 'a-z')
  eval "user=\${${service}_DB_USER}"
  eval "password=\${${service}_DB_PASSWORD}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v user="$user" -v password="$password" -v database="$database" <<'SQL'
CREATE ROLE :"user" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"user";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
done
