#!/bin/sh
# Gives the tests against PostgreSQL an empty database of their own on the local server
# (127.0.0.1:5432, user postgres, as on the project's machines). Never touches any other database.
set -eu
database="$1"
host="${SFERUM_IT_PGHOST:-127.0.0.1}"
if ! command -v psql >/dev/null 2>&1; then
  echo "Для тестов на PostgreSQL нужен клиент psql (пакет postgresql-client)." >&2
  exit 1
fi
if ! psql -h "$host" -U postgres -d postgres -Atqc "select 1" >/dev/null 2>&1; then
  echo "PostgreSQL на $host:5432 не отвечает. Запустите его:" >&2
  echo "  pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start" >&2
  echo "или пропустите эти тесты: -DskipPostgresql" >&2
  exit 1
fi
psql -h "$host" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" \
  -c "CREATE DATABASE $database ENCODING 'UTF8' TEMPLATE template0"
echo "PostgreSQL: база $database создана заново"
