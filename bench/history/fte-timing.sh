#!/bin/sh
# HST/HPR for one calendar year over the whole university: through /graphql (a running host in
# Development, as ladokadm) against the hand-written SQL over the Records and Catalogue tables
# (fte-by-hand.sql), each run RUNS times in the same session, after one warm-up.
# Usage: bench/history/fte-timing.sh YEAR 'host=127.0.0.1 port=… user=postgres dbname=…' [http://localhost:5080] [RUNS]
set -eu
YEAR=$1; PG=$2; URL=${3:-http://localhost:5080}; RUNS=${4:-10}
DIR=$(dirname "$0")
TOKEN=$(curl -s -X POST "$URL/dev/token" -H 'Content-Type: application/json' -d '{"user":"ladokadm"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
QUERY="{\"query\":\"{ fullTimeEquivalents(year: $YEAR) { period hst hpr } }\"}"
graphql() {
  curl -s -o /tmp/fte-graphql.json -w '%{time_total}\n' -X POST "$URL/graphql" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "$QUERY"
}
echo "GraphQL answer: $(graphql >/dev/null; cat /tmp/fte-graphql.json)"
echo "SQL answer:     $(psql "$PG" -At -v year="$YEAR" -f "$DIR/fte-by-hand.sql")"
echo "/graphql seconds:"; for i in $(seq "$RUNS"); do graphql; done | sort -n | tr '\n' ' '; echo
echo "hand-written SQL milliseconds (psql timing, same session):"
{ printf '%s\n' '\timing on'; for i in $(seq $((RUNS + 1))); do sed "s/:year/$YEAR/g" "$DIR/fte-by-hand.sql"; done; } \
  | psql "$PG" -q 2>&1 | grep '^Time' | tail -n "$RUNS" | awk '{print $2}' | sort -n | tr '\n' ' '; echo
