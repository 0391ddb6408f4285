#!/usr/bin/env bash
# Holds a running digitpad server under concurrent load from wrk (another process, loopback only)
# and reports requests/s, latency percentiles and errors. Zero errors is the bar: exit 1 otherwise.
#
#   bench/load.sh [DURATION] [CONNECTIONS]      defaults: 30s 16
#
# Payloads are the drawn digits in samples/ (400x400 canvas PNGs), sent as the page sends them;
# without samples/drawn-*.png, MNIST test digits rendered the same way (see bench/lib.sh).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
duration=${1:-30s}
connections=${2:-16}
bench_need wrk wrk
bench_need curl curl

bench_scratch
bench_digitpad_prepare
bench_payloads "$BENCH_SCRATCH/payloads"
payloads="$BENCH_SCRATCH/payloads/payloads"

bench_digitpad_serve "$BENCH_SCRATCH/server.log"
server=$BENCH_PID url=$BENCH_URL
echo "load.sh: $url, $connections connections for $duration, $(wc -l < "$payloads") different drawings"

BENCH_WRK_TIMEOUT=2s bench_wrk "$BENCH_SCRATCH/wrk.txt" "$url/api/predict" "$connections" "$duration" "$payloads"
cat "$BENCH_SCRATCH/wrk.txt"

rss=$(bench_vm "$server" VmHWM)
echo
echo "| connections | duration | requests/s | p50 ms | p99 ms | errors | wrong digits | server peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|"
echo "| $connections | $duration | $WRK_RPS | $WRK_P50 | $WRK_P99 | $WRK_ERRORS | ${WRK_WRONG:-?} | $((rss / 1024)) |"
curl -fsS "$url/health" > /dev/null || { echo "load.sh: server unhealthy after the run" >&2; exit 1; }
[ "$WRK_ERRORS" -eq 0 ] || { echo "load.sh: $WRK_ERRORS errors" >&2; exit 1; }
