#!/usr/bin/env bash
# Runs the whole system: PostgreSQL, RabbitMQ, the six services and the gateway (http://127.0.0.1:5080).
# Installs PostgreSQL and RabbitMQ first when their binaries are missing (Debian/Ubuntu, apt-get);
# the .NET SDK (global.json) is assumed. Ctrl-C stops everything. Arguments go to the AppHost, e.g.
#   ./run.sh --no-build                      skip the build of the projects
#   ./run.sh --Gateway:HttpPort=8080         another gateway port
# External servers instead of local ones: ConnectionStrings__postgres=... ConnectionStrings__messaging=amqp://... ./run.sh
set -euo pipefail
cd "$(dirname "$0")"

need=()
if [ -z "${ConnectionStrings__postgres:-}" ] && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  need+=(postgresql)
fi
if [ -z "${ConnectionStrings__messaging:-}" ] && [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  need+=(rabbitmq-server)
fi
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "run.sh: installing ${need[*]} (apt-get)" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
  # the packages start system-wide servers where they can; the AppHost runs its own
  $sudo systemctl disable --now rabbitmq-server postgresql >/dev/null 2>&1 || true
fi
command -v dotnet >/dev/null || { echo "run.sh: the .NET SDK is missing: https://learn.microsoft.com/dotnet/core/install/linux" >&2; exit 1; }

exec dotnet run --project AppHost -- "$@"
