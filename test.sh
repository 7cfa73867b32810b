#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine and ends with one line: "N passed, N failed, N skipped".
# Starts (and afterwards stops) the throwaway PostgreSQL server of scripts/postgres.sh for the PostgreSQL tests.
# Exits non-zero when anything failed, when the build failed, or when no test ran.
# Usage: ./test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)

# The PostgreSQL tests need a server: unless CPD_TEST_POSTGRES names one already, start a throwaway one
# (installing PostgreSQL first if missing) and stop it at the end if this run started it.
stop_postgres=0
if [ -z "${CPD_TEST_POSTGRES:-}" ]; then
  scripts/postgres.sh status || stop_postgres=1
  if exports=$(scripts/postgres.sh start); then
    eval "$exports"
  else
    echo "test.sh: PostgreSQL could not be started; its tests will fail." >&2
  fi
fi
stop_postgres_if_started() {
  if [ "$stop_postgres" -eq 1 ]; then
    scripts/postgres.sh stop
    stop_postgres=0
  fi
}
trap 'stop_postgres_if_started; rm -f "$log"' EXIT

dotnet test --solution Cpd.Library.sln --configuration Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
stop_postgres_if_started

# Microsoft.Testing.Platform closes the run with "total: / failed: / succeeded: / skipped:" lines.
count() { grep -E "^\s+$1: [0-9]+" "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
total=$(count total); failed=$(count failed); passed=$(count succeeded); skipped=$(count skipped)

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before the runner could count: count that as a failure.
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"

if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$total" -eq 0 ]; then
  exit 1
fi
