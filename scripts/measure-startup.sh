#!/usr/bin/env bash
# Measures, on a built tree, the time from starting the AppHost to every resource healthy, and the idle memory
# of the whole system (sum of RSS of the AppHost and every process below it: PostgreSQL, RabbitMQ, six
# services, gateway), then stops it and checks that no process is left.
#   scripts/measure-startup.sh [--no-build] [IDLE_SECONDS]   (default 30; local servers unless ConnectionStrings__* are set)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
idle=${1:-30}
[ $build = 1 ] && for p in AppHost gateway/Gateway services/Consultations services/Meetings services/VolunteerPoints \
         services/DementiaSupport services/LifeSupport services/Identity; do
  dotnet build "$p" -nologo -v q -clp:ErrorsOnly >&2
done

state=$(mktemp -d)/state.json
start=$(date +%s.%N)
dotnet AppHost/bin/Debug/net10.0/HoukatsuCare.AppHost.dll --no-build --state-file "$state" > "${state%.json}.out" 2>&1 &
apphost=$!
until [ -f "$state" ] && grep -q '"allHealthy": true' "$state"; do
  kill -0 $apphost 2>/dev/null || { cat "${state%.json}.out"; echo "AppHost exited" >&2; exit 1; }
  sleep 0.2
done
healthy=$(date +%s.%N)

descendants() { local p; for p in $(ps --ppid "$1" -o pid=); do echo "$p"; descendants "$p"; done; }
sleep "$idle"
pids="$apphost $(descendants $apphost | tr '\n' ' ')"
rss_kb=$(ps -o rss= -p "$(echo $pids | tr ' ' ,)" | awk '{s+=$1} END {print s}')
echo "processes:"; ps -o pid,rss,comm -p "$(echo $pids | tr ' ' ,)" | sort -k2 -n -r
printf 'start to all healthy: %.1f s (AppHost launch to state.json allHealthy; AppHost itself says %s s)\n' \
  "$(awk "BEGIN {print $healthy - $start}")" "$(grep -o '"secondsToHealthy": [0-9.]*' "$state" | cut -d' ' -f2)"
# PSS shares each shared page (PostgreSQL's shared buffers, the .NET runtime's mapped files) among its users
pss_kb=$(for p in $pids; do cat "/proc/$p/smaps_rollup" 2>/dev/null; done | awk '/^Pss:/ {s+=$2} END {print s}')
echo "idle memory after ${idle}s: $((rss_kb / 1024)) MiB RSS, $((pss_kb / 1024)) MiB PSS, over $(echo $pids | wc -w) processes"

# a pid with the same start time is the same process (pids are reused quickly on a busy machine)
# (a zombie has exited already: only its parent has not collected its status yet)
started() { awk '{sub(/.*\) /, ""); if ($1 != "Z") print $20}' "/proc/$1/stat" 2>/dev/null || true; }
declare -A start_of
for p in $pids; do start_of[$p]=$(started "$p"); done
kill -TERM $apphost
wait $apphost || true
left=$(for p in $pids; do [ -n "$(started "$p")" ] && [ "$(started "$p")" = "${start_of[$p]}" ] && echo "$p"; done || true)
[ -z "$left" ] && echo "stopped: no process left" || { ps -o pid,ppid,stat,args -p "$(echo $left | tr ' ' ,)" >&2; echo "LEFT RUNNING: $left" >&2; exit 1; }
