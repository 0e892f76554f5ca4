#!/usr/bin/env bash
# The server benchmark on both databases: H2 (embedded default) and a throw-away PostgreSQL
# cluster started here from Debian's server binaries. Prints run throughput against extract
# (a ratio) and the filtered candidate list's p50/p95 with 5,000 candidates stored.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "needs Debian's postgresql (apt-get install postgresql)" >&2; exit 1; }

echo "== H2"
./tiltaksradar bench server "$@"

dir="$(mktemp -d /tmp/tiltaksradar-bench-pg.XXXXXX)"
port=$(( 20000 + RANDOM % 20000 ))
run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
cleanup() { run "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
run "$bin/initdb" -D "$dir/data" -A trust -U tiltaksradar -E UTF8 --locale=C >/dev/null
run "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -w start >/dev/null
run "$bin/createdb" -h 127.0.0.1 -p "$port" -U tiltaksradar bench

echo "== PostgreSQL"
./tiltaksradar bench server --database-url "jdbc:postgresql://127.0.0.1:$port/bench" --database-username tiltaksradar "$@"
