#!/usr/bin/env bash
# A soak: the mixed workload of load.mjs against a Release host on a throwaway PostgreSQL, with the
# host's memory (RSS) sampled every 10 s. Prints the workload's summary and the memory series; exits
# non-zero if any request failed. Rate limits are raised for the run: eight clients as four users are
# far above what the defaults allow one person, which is what the limits are for.
# Usage: bench/load/soak.sh [SECONDS] [READERS] [WRITERS]   (default 600 6 2; builds the host in Release first)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-600}; readers=${2:-6}; writers=${3:-2}

(cd "$root/bench/load" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
export RateLimiting__SignedInPerMinute=10000000 RateLimiting__AnonymousPerMinute=10000
source "$root/bench/load/host.sh"

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
