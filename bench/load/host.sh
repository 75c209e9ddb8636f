# Sourced by the scripts here: builds the host in Release and starts it in Development on a throwaway
# PostgreSQL of its own (as the tests do, as the postgres user when root), with the limits given in the
# environment. Sets root, work, port and host_pid; stops both on exit.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release -v q -nologo "$root/src/Host/Ladok.Host" >/dev/null
host_dll=$root/src/Host/Ladok.Host/bin/Release/net10.0/Ladok.Host.dll

# A PostgreSQL of our own for the run (as the tests do, as the postgres user when root).
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
work=$(mktemp -d /tmp/ladok-bench.XXXXXX)
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
ASPNETCORE_ENVIRONMENT=Development dotnet "$host_dll" --urls "http://127.0.0.1:$port" \
  --ConnectionStrings:Ladok "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=soak" \
  --Plugins:Directory "$root/artifacts/plugins" --University:Code UMU >"$work/host.log" 2>&1 &
host_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  if ! kill -0 "$host_pid" 2>/dev/null; then echo "the host stopped:" >&2; cat "$work/host.log" >&2; exit 1; fi
  sleep 0.5
done
