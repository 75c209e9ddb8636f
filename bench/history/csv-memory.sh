#!/bin/sh
# Peak memory of a running host while it streams CSV exports. Before each download the host's peak
# resident set (VmHWM) is reset to its current size (`echo 5 > /proc/PID/clear_refs`, as root or as
# the host's user); after it, VmHWM is read back, so each row shows what that export alone needed.
# Usage: bench/history/csv-memory.sh HOST_PID URL REPORT_PATH [REPORT_PATH …]
#   e.g. bench/history/csv-memory.sh 12345 http://127.0.0.1:5081 'csn-results.csv?period=1987' 'csn-results.csv?period=2020-2024'
set -eu
PID=$1; URL=$2; shift 2
TOKEN=$(curl -s -X POST "$URL/dev/token" -H 'Content-Type: application/json' -d '{"user":"ladokadm"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
mib() { awk -v key="$1:" '$1 == key { printf "%.0f", $2 / 1024 }' "/proc/$PID/status"; }
printf '%-42s %10s %8s %7s %11s %9s\n' report rows MB seconds 'RSS before' 'peak RSS'
for path in "$@"; do
  echo 5 > "/proc/$PID/clear_refs"
  before=$(mib VmRSS)
  stats=$(curl -s -o /tmp/csv-memory.csv -w '%{size_download} %{time_total}' -H "Authorization: Bearer $TOKEN" "$URL/reports/$path")
  rows=$(($(wc -l < /tmp/csv-memory.csv) - 1))
  bytes=${stats% *}; seconds=${stats#* }
  printf '%-42s %10s %8.1f %7.1f %7s MiB %5s MiB\n' "$path" "$rows" "$(echo "$bytes / 1000000" | bc -l)" "$seconds" "$before" "$(mib VmHWM)"
done
rm -f /tmp/csv-memory.csv
