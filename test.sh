#!/usr/bin/env bash
# Runs every test of HoukatsuCare against a real PostgreSQL and RabbitMQ.
# On a fresh Debian/Ubuntu machine it installs and starts them first (scripts/infra.sh) and installs the
# pinned JavaScript tools the tests run (scripts/tools.sh);
# servers given in HOUKATSU_TEST_POSTGRES / HOUKATSU_TEST_RABBITMQ are used as they are.
# Ends with one line: "Tests: N passed, N failed" counted from the TRX results.
set -uo pipefail
cd "$(dirname "$0")"

if [ -z "${HOUKATSU_TEST_POSTGRES:-}" ] || [ -z "${HOUKATSU_TEST_RABBITMQ:-}" ]; then
  servers=$(scripts/infra.sh start) || { echo "could not start PostgreSQL/RabbitMQ for the tests" >&2; exit 1; }
  eval "$servers"
fi

# the JavaScript tools some tests run (the OpenAPI linter), from their committed lockfiles
scripts/tools.sh || { echo "could not install the test tools (scripts/tools.sh)" >&2; exit 1; }

results=TestResults
rm -rf "$results"
dotnet test HoukatsuCare.sln --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
  failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
done
# a project that could not build or run leaves no TRX: never report that as green
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "Tests: $passed passed, $failed failed"
exit "$status"
