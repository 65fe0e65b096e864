#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests.
#
#   scripts/pg-test-cluster.sh start [DIR]   creates and starts a cluster in DIR (a new temporary
#                                            folder when omitted) and prints its URL on stdout
#   scripts/pg-test-cluster.sh stop DIR      stops it and removes DIR
#
# The server refuses to run as root, so when run as root the cluster belongs to the unprivileged
# `postgres` user. It listens on a Unix socket inside DIR and on 127.0.0.1 at a free port; local
# (socket) connections are trusted, TCP connections need the password printed in the URL
# (scram-sha-256), so the tests can also check a wrong password.
set -euo pipefail

bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$bin/initdb" ] || bin=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
[ -x "$bin/initdb" ] || { echo "pg-test-cluster: no initdb (install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for port in $(seq "${1:-55432}" 65000); do
    if ! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "pg-test-cluster: no free port" >&2
  exit 1
}

case "${1:-}" in
start)
  dir=${2:-$(mktemp -d /tmp/dangke-pg.XXXXXX)}
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  chmod 700 "$dir"
  password=$(od -An -tx1 -N8 /dev/urandom | tr -d ' \n')
  echo "$password" >"$dir/pwfile"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" -E UTF8 \
    --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  port=$(free_port "${PG_PORT:-55432}")
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_prepared_transactions=10" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "$port" >"$dir/port"
  echo "postgresql://postgres:$password@127.0.0.1:$port/postgres"
  ;;
stop)
  dir=${2:?usage: pg-test-cluster.sh stop DIR}
  if [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: pg-test-cluster.sh start [DIR] | stop DIR" >&2
  exit 2
  ;;
esac
