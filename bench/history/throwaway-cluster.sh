#!/bin/sh
# Starts a throwaway PostgreSQL 15 cluster for the large-history measurements, with settings for
# bulk loading that a production server would not use (fsync off among them), and creates database
# `big`. Stop it with: setpriv --reuid=postgres --regid=postgres --init-groups /usr/lib/postgresql/15/bin/pg_ctl -D DIR stop
# Usage: bench/history/throwaway-cluster.sh DIR [PORT]   (DIR must be reachable by the postgres user, not under /root)
set -eu
DIR=$1; PORT=${2:-55432}; BIN=/usr/lib/postgresql/15/bin
AS_POSTGRES="setpriv --reuid=postgres --regid=postgres --init-groups"
mkdir -p "$DIR" && chown postgres:postgres "$DIR"
$AS_POSTGRES $BIN/initdb -D "$DIR" -U postgres -A trust >/dev/null
$AS_POSTGRES $BIN/pg_ctl -D "$DIR" -l "$DIR/server.log" -w start -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 \
  -c shared_buffers=2GB -c max_wal_size=8GB -c wal_level=minimal -c max_wal_senders=0 -c synchronous_commit=off -c fsync=off \
  -c full_page_writes=off -c work_mem=64MB -c maintenance_work_mem=1GB" >/dev/null
psql "host=127.0.0.1 port=$PORT user=postgres dbname=postgres" -qc 'CREATE DATABASE big'
echo "host=127.0.0.1 port=$PORT user=postgres dbname=big"
