#!/usr/bin/env bash
# A soak: the mixed workload of load.mjs against a Release host on a throwaway PostgreSQL, with the
# host's memory (RSS) sampled every 10 s. Prints the workload's summary and the memory series; exits
# non-zero if any request failed. Rate limits are raised for the run: eight clients as four users are
# far above what the defaults allow one person, which is what the limits are for.
# Usage: bench/load/soak.sh [SECONDS] [READERS] [WRITERS]   (default 600 6 2; builds the host in Release first)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-600}; readers=${2:-6}; writers=${3:-2}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release -v q -nologo "$root/src/Host/Ladok.Host" >/dev/null
(cd "$root/bench/load" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
host_dll=$root/src/Host/Ladok.Host/bin/Release/net10.0/Ladok.Host.dll

# A PostgreSQL of our own for the run (as the tests do, as the postgres user when root).
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
work=$(mktemp -d /tmp/ladok-soak.XXXXXX)
as_postgres() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$work" && chmod 755 "$work"
pg_port=$(( 20000 + RANDOM % 20000 )); port=$(( 40000 + RANDOM % 20000 ))
as_postgres "$bin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=" start >/dev/null
as_postgres "$bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c 'CREATE DATABASE soak'
host_pid=
cleanup() {
  [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null
  as_postgres "$bin/pg_ctl" -D "$work/data" -m fast stop >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

cd "$(dirname "$host_dll")" # the content root: appsettings.Development.json holds the development signing key
ASPNETCORE_ENVIRONMENT=Development RateLimiting__SignedInPerMinute=10000000 RateLimiting__AnonymousPerMinute=10000 \
  dotnet "$host_dll" --urls "http://127.0.0.1:$port" \
  --ConnectionStrings:Ladok "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=soak" \
  --Plugins:Directory "$root/artifacts/plugins" --University:Code UMU >"$work/host.log" 2>&1 &
host_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  if ! kill -0 "$host_pid" 2>/dev/null; then echo "the host stopped:" >&2; cat "$work/host.log" >&2; exit 1; fi
  sleep 0.5
done

rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$host_pid/status"; }
echo "host ready; RSS $(rss_mib) MiB before the load"
( while sleep 10; do echo "$(date +%s) $(rss_mib)"; done ) >"$work/rss.txt" &
sampler=$!
status=0
node "$root/bench/load/load.mjs" --url "http://127.0.0.1:$port" --duration "$seconds" --readers "$readers" --writers "$writers" \
  --json "${SOAK_JSON:-/dev/null}" || status=$?
kill "$sampler"
echo "host RSS every 10 s (MiB): $(awk '{ print $2 }' "$work/rss.txt" | tr '\n' ' ')"
grep -cE '"LogLevel":"(Error|Critical)"|fail:|crit:' "$work/host.log" | sed 's/^/host log lines at error or above: /' || true
exit "$status"
