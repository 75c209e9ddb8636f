#!/usr/bin/env bash
# Host start-up with one and with both university plugins: wall time from starting the process
# to the first 200 from POST /graphql { university { code } }, RUNS times each, median reported.
# Each configuration has its own database, migrated beforehand (by the first start), so the runs measure
# start-up (container, plugins, the migration check, schema, Kestrel), not migrating;
# the first start, which creates the database and migrates it, is reported separately. Production
# environment: no demo data, no development tokens.
# Usage: bench/startup/startup-timing.sh [RUNS]   (default 10; builds the host in Release first)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-10}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release -v q -nologo "$root/src/Host/Ladok.Host" >/dev/null
host_dll=$root/src/Host/Ladok.Host/bin/Release/net10.0/Ladok.Host.dll

# A PostgreSQL of our own for the measurement (as the tests do, as the postgres user when root).
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
work=$(mktemp -d /tmp/ladok-startup.XXXXXX)
as_postgres() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$work" && chmod 755 "$work"
pg_port=$(( 20000 + RANDOM % 20000 ))
as_postgres "$bin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=" start >/dev/null
trap 'as_postgres "$bin/pg_ctl" -D "$work/data" -m fast stop >/dev/null; rm -rf "$work"' EXIT

# Plugin folders as an operator drops them: one with Umeå's plugin, one with Umeå's and KTH's.
mkdir -p "$work/plugins-umu" "$work/plugins-both"
cp -r "$root/artifacts/plugins/Umu" "$work/plugins-umu/"
cp -r "$root/artifacts/plugins/Umu" "$root/artifacts/plugins/Kth" "$work/plugins-both/"

now_ms() { date +%s%3N; }

# Starts the host, waits for the first answered GraphQL request, stops it; prints milliseconds.
start_once() {
  local plugins=$1 database=$2 port=$(( 40000 + RANDOM % 20000 ))
  local started; started=$(now_ms)
  ASPNETCORE_ENVIRONMENT=Production dotnet "$host_dll" --urls "http://127.0.0.1:$port" \
    --ConnectionStrings:Ladok "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$database" \
    --Plugins:Directory "$plugins" --University:Code UMU >"$work/host.log" 2>&1 &
  local pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/graphql" \
      -H 'content-type: application/json' -d '{"query":"{ university { code } }"}')" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the host stopped:" >&2; cat "$work/host.log" >&2; exit 1; fi
    sleep 0.02
  done
  local answered; answered=$(now_ms)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( answered - started ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

for config in umu both; do
  first=$(start_once "$work/plugins-$config" "startup_$config")
  times=$(for _ in $(seq "$runs"); do start_once "$work/plugins-$config" "startup_$config"; done)
  echo "plugins=$config first start (create the database, migrate): ${first} ms"
  echo "plugins=$config pre-migrated, $runs runs (ms): $(echo "$times" | sort -n | tr '\n' ' ')"
  echo "plugins=$config median: $(echo "$times" | median) ms"
done
