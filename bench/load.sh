#!/usr/bin/env bash
# Holds a running digitpad server under concurrent load from wrk (another process, loopback only)
# and reports requests/s, latency percentiles and errors. Zero errors is the bar: exit 1 otherwise.
#
#   bench/load.sh [DURATION] [CONNECTIONS]      defaults: 30s 16
#
# Payloads are the drawn digits in samples/ (400x400 canvas PNGs), sent as the page sends them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-30s}
connections=${2:-16}
command -v wrk >/dev/null || { echo "load.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

for png in "$root"/samples/drawn-*.png; do
    digit=$(basename "$png" .png | sed 's/^drawn-\([0-9]\).*/\1/')
    printf '{"image": "data:image/png;base64,%s"}' "$(base64 -w0 "$png")" > "$work/$(basename "$png").json"
    echo "$digit $work/$(basename "$png").json" >> "$work/payloads"
done

"$root/digitpad" serve --port 0 > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
    grep -q "is ready" "$work/server.log" && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.1
done
url=$(grep -o 'http://[0-9.:]*' "$work/server.log" | head -n 1)
echo "load.sh: $url, $connections connections for $duration, $(wc -l < "$work/payloads") different drawings"

DIGITPAD_PAYLOADS="$work/payloads" wrk -t2 -c"$connections" -d"$duration" --latency \
    -s "$root/bench/predict.lua" "$url/api/predict" | tee "$work/wrk.txt"

rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4 + $6 + $8 + $10}' "$work/wrk.txt")
wrong=$(awk -F': ' '/wrong digit/ {print $NF}' "$work/wrk.txt")
errors=$(( ${non2xx:-0} + ${socket:-0} ))
rss=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
echo
echo "| connections | duration | requests/s | p50 ms | p99 ms | errors | wrong digits | server peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|"
echo "| $connections | $duration | $rps | $(awk '/latency p50:/ {print $3}' "$work/wrk.txt") | $(awk '/latency p99:/ {print $3}' "$work/wrk.txt") | $errors | ${wrong:-?} | $((rss / 1024)) |"
curl -fsS "$url/health" > /dev/null || { echo "load.sh: server unhealthy after the run" >&2; exit 1; }
[ "$errors" -eq 0 ] || { echo "load.sh: $errors errors" >&2; exit 1; }
