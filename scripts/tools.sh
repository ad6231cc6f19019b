#!/usr/bin/env bash
# Installs the JavaScript tools the tests run, exactly as pinned by their committed lockfiles (npm ci):
#   tools/openapi-lint   Redocly CLI, the OpenAPI linter every service's document must pass
# Needs Node.js and npm; on a fresh Debian/Ubuntu machine without them it installs nodejs and npm by apt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
log() { echo "tools: $*" >&2; }

if ! command -v npm >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  log "installing nodejs and npm (apt-get)"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >&2
fi

for tool in "$root"/tools/*/; do
  [ -f "$tool/package-lock.json" ] || continue
  # a matching install is kept: npm ci only when the lockfile changed since the last install
  stamp="$tool/node_modules/.package-lock.json"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$tool/package-lock.json" ]; then continue; fi
  log "installing $(basename "$tool") from its lockfile"
  (cd "$tool" && npm ci --no-audit --no-fund --loglevel=error >&2)
done
