#!/usr/bin/env bash
# Creates one database per Learnpath service, each owned by a login role of the same name with its own password:
# a service's credentials open its own database and no other ("no service reads another's database").
#
# The postgres image runs this once, on an empty data directory, from /docker-entrypoint-initdb.d (mounted there
# by docker-compose.yml), as the superuser over the local socket. Changing a password later is done in SQL
# (ALTER ROLE auth PASSWORD '...') or by starting over with an empty volume: this script does not run again.
#
# The passwords come from the container's environment (AUTH_DB_PASSWORD, ...), which compose fills from .env.
# They are handed to psql as variables and quoted by psql itself (:'password'), never pasted into SQL text.
set -euo pipefail

create_service_database() {
  local name=$1 password=$2
  if [[ -z $password ]]; then
    echo "postgres-init: no password for the $name database; set ${name^^}_DB_PASSWORD" >&2
    exit 1
  fi
  psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
-- Only the owner may connect: without this every role may connect to every database (PUBLIC has CONNECT).
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
  echo "postgres-init: database and role '$name' created"
}

create_service_database auth "${AUTH_DB_PASSWORD:-}"
create_service_database content "${CONTENT_DB_PASSWORD:-}"
create_service_database progress "${PROGRESS_DB_PASSWORD:-}"
create_service_database notification "${NOTIFICATION_DB_PASSWORD:-}"
