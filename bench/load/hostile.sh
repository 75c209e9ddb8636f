#!/usr/bin/env bash
# The hostile documents of issue 11 against a Release host on a throwaway PostgreSQL: for each, the answer,
# its time and the host's CPU time while answering and in the second after (hostile.mjs).
# Usage: bench/load/hostile.sh   (builds the host in Release first)
set -euo pipefail
source "$(dirname "$0")/host.sh"
node "$root/bench/load/hostile.mjs" --url "http://127.0.0.1:$port" --pid "$host_pid"
