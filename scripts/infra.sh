#!/usr/bin/env bash
# Installs (when missing) and starts a private PostgreSQL and RabbitMQ for the test suite,
# with data under a git-ignored folder, on free loopback ports, as their own system users.
#
#   scripts/infra.sh start [DIR]   start (or reuse) the servers; prints `export` lines for the
#                                  HOUKATSU_TEST_POSTGRES / HOUKATSU_TEST_RABBITMQ variables
#   scripts/infra.sh stop  [DIR]   stop them
#
# DIR defaults to .data/test in the repository. Progress goes to stderr, exports to stdout.
set -euo pipefail

cmd=${1:-start}
root=$(cd "$(dirname "$0")/.." && pwd)
log() { echo "infra: $*" >&2; }

# The servers run as the postgres and rabbitmq users, who must reach their data folder. A clone
# under a private home (e.g. /root) is out of their reach, so the data then lives under /var/tmp.
data_dir() {
  local wanted=$root/.data/test
  mkdir -p "$wanted"
  if [ "$(id -u)" != 0 ] || { runuser -u postgres -- test -x "$wanted" && runuser -u rabbitmq -- test -x "$wanted"; } 2>/dev/null; then
    echo "$wanted"
  else
    echo "/var/tmp/houkatsucare-$(echo -n "$root" | md5sum | cut -c1-8)/test"
  fi
}

as_user() { # run a command as a system user when we are root
  local user=$1; shift
  if [ "$(id -u)" = 0 ]; then runuser -u "$user" -- env "$@"; else env "$@"; fi
}

free_port() { # first free loopback TCP port at or after $1
  local p=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

apt_install() {
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  log "installing $* (apt-get)"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2
  # Debian starts packaged services on install where it can; ours run privately.
  $sudo systemctl disable --now rabbitmq-server postgresql >/dev/null 2>&1 || true
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_installed() {
  local need=()
  [ -n "$(pg_bin)" ] || need+=(postgresql postgresql-contrib)
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || need+=(rabbitmq-server)
  if [ ${#need[@]} -gt 0 ]; then apt_install "${need[@]}"; fi
}

start_postgres() {
  local bin data port pw
  bin=$(pg_bin); data=$dir/postgres
  mkdir -p "$dir"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"; chmod 700 "$data"
    head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/postgres.password"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$data" "$dir/postgres.password"
    chmod 600 "$dir/postgres.password"
    log "initialising PostgreSQL in $data"
    as_user postgres "$bin/initdb" -D "$data" -U postgres --auth=scram-sha-256 \
      --pwfile="$dir/postgres.password" --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if as_user postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    port=$(cat "$dir/postgres.port")
  else
    port=$(free_port 55432)
    echo "$port" > "$dir/postgres.port"
    log "starting PostgreSQL on 127.0.0.1:$port"
    as_user postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data -c max_connections=400 -c fsync=off" start >/dev/null
  fi
  pw=$(cat "$dir/postgres.password")
  echo "export HOUKATSU_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Password=$pw'"
}

start_rabbitmq() {
  local rdir=$dir/rabbitmq port node
  mkdir -p "$rdir/mnesia" "$rdir/log"
  echo "[]." > "$rdir/enabled_plugins"
  [ "$(id -u)" = 0 ] && chown -R rabbitmq:rabbitmq "$rdir"
  node="houkatsu-test-$(echo -n "$dir" | md5sum | cut -c1-8)@localhost"
  if [ -f "$rdir/port" ] && (exec 3<>"/dev/tcp/127.0.0.1/$(cat "$rdir/port")") 2>/dev/null; then
    port=$(cat "$rdir/port")
  else
    port=$(free_port 55672)
    echo "$port" > "$rdir/port"
    log "starting RabbitMQ on 127.0.0.1:$port"
    local envs=(HOME=/var/lib/rabbitmq RABBITMQ_NODENAME="$node" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
      RABBITMQ_NODE_PORT="$port" RABBITMQ_DIST_PORT="$(free_port $((port - 30000)))"
      RABBITMQ_MNESIA_BASE="$rdir/mnesia" RABBITMQ_LOG_BASE="$rdir/log"
      RABBITMQ_ENABLED_PLUGINS_FILE="$rdir/enabled_plugins" RABBITMQ_CONFIG_FILE="$rdir/rabbitmq")
    [ "$(id -u)" = 0 ] || envs[0]=HOME=$HOME
    # detached, in its own session, holding none of our output: `servers=$(infra.sh start)` must return
    setsid bash -c "cd '$rdir'; $(declare -f as_user); as_user rabbitmq ${envs[*]} /usr/lib/rabbitmq/bin/rabbitmq-server" \
      > "$rdir/log/console.log" 2>&1 < /dev/null &
    local pid=$!
    for _ in $(seq 1 120); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { log "RabbitMQ did not start; see $rdir/log"; exit 1; }
  fi
  echo "export HOUKATSU_TEST_RABBITMQ='amqp://guest:guest@127.0.0.1:$port/'"
}

stop_all() {
  local bin; bin=$(pg_bin)
  if [ -f "$dir/postgres/PG_VERSION" ]; then
    as_user postgres "$bin/pg_ctl" -D "$dir/postgres" -m fast stop >/dev/null 2>&1 || true
  fi
  local node="houkatsu-test-$(echo -n "$dir" | md5sum | cut -c1-8)@localhost"
  as_user rabbitmq HOME=/var/lib/rabbitmq /usr/lib/rabbitmq/bin/rabbitmqctl -n "$node" stop >/dev/null 2>&1 || true
  log "stopped"
}

case "$cmd" in
  start) ensure_installed; dir=${2:-$(data_dir)}; start_postgres; start_rabbitmq ;;
  stop) dir=${2:-$(data_dir)}; stop_all ;;
  *) echo "usage: scripts/infra.sh start|stop [DIR]" >&2; exit 2 ;;
esac
