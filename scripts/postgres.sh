#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a fresh cluster in a temporary folder, listening on
# 127.0.0.1 only, with trust authentication and no durability (fsync off): never use it for real data.
#
# Usage:
#   scripts/postgres.sh start    installs PostgreSQL from Debian packages if missing, starts the server
#                                (or reuses the one already running) and prints the export line:
#                                  eval "$(scripts/postgres.sh start)"
#   scripts/postgres.sh status   exits 0 when the server runs, 1 when it does not
#   scripts/postgres.sh stop     stops the server and deletes its folder
#
# Settings (environment): CPD_POSTGRES_PORT (default 55432), CPD_POSTGRES_DATABASE (default cpd_test).
# Messages go to standard error; standard output carries only the export line.
set -euo pipefail

port=${CPD_POSTGRES_PORT:-55432}
database=${CPD_POSTGRES_DATABASE:-cpd_test}
folder="${TMPDIR:-/tmp}/cpd-postgres-$port"
data="$folder/data"
connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=$database"

say() { echo "postgres.sh: $*" >&2; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# Runs a command as the server's owner: the postgres user when we are root (the server refuses root).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "cd / && $*"
  else
    sh -c "$*"
  fi
}

install_if_missing() {
  if [ -n "$(pg_bin)" ]; then
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    say "PostgreSQL is not installed: run 'sudo apt-get install -y postgresql', then run this again."
    exit 1
  fi
  say "installing PostgreSQL from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
}

running() {
  local bin
  bin=$(pg_bin)
  [ -n "$bin" ] && [ -f "$data/PG_VERSION" ] && as_owner "'$bin/pg_ctl' -D '$data' status" >/dev/null 2>&1
}

create_cluster() {
  local bin=$1 owner
  rm -rf "$folder"
  mkdir -p "$folder"
  owner=$([ "$(id -u)" -eq 0 ] && echo postgres || id -un)
  chown "$owner" "$folder"
  chmod 755 "$folder"
  as_owner "'$bin/initdb' -D '$data' -A trust -U postgres -E UTF8 --no-locale" >"$folder/initdb.log" 2>&1 || {
    cat "$folder/initdb.log" >&2
    exit 1
  }
}

start_server() {
  local bin=$1
  local settings="-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off"
  settings="$settings -c full_page_writes=off -c max_connections=200"
  if ! as_owner "'$bin/pg_ctl' -D '$data' -o '$settings' -l '$folder/server.log' -w -t 60 start" >/dev/null; then
    say "the server did not start; its log follows."
    cat "$folder/server.log" >&2
    exit 1
  fi
}

create_database() {
  local bin=$1 exists
  exists=$("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$database'")
  if [ "$exists" != "1" ]; then
    "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -c "CREATE DATABASE \"$database\"" >&2
  fi
}

start() {
  install_if_missing
  local bin
  bin=$(pg_bin)
  if running; then
    say "reusing the server already running on 127.0.0.1:$port"
  else
    create_cluster "$bin"
    start_server "$bin"
    say "started a throwaway server on 127.0.0.1:$port (data in $data)"
  fi
  create_database "$bin"
  echo "export CPD_TEST_POSTGRES='$connection'"
}

stop() {
  if running; then
    as_owner "'$(pg_bin)/pg_ctl' -D '$data' -m fast -w stop" >/dev/null
    say "stopped the server on 127.0.0.1:$port"
  fi
  rm -rf "$folder"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) running ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
