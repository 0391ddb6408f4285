#!/usr/bin/env bash
# Where the server's memory goes under sustained load, and whether it stays flat over repeated runs.
#
#   bench/memory.sh [--duration D] [--runs N] [--connections N] [--warmup D] [--flat-mb MB]
#                   [--scratch DIR]
#
#   --duration D     each measured wrk run (default 60s)
#   --runs N         measured runs, back to back (default 3)
#   --connections N  wrk connections (default 8)
#   --warmup D       a wrk run before the NMT baseline, so that JIT and pools have settled (15s)
#   --flat-mb MB     largest rise of RSS from the end of run 1 to the end of any later run that
#                    still counts as flat (default 8)
#   --scratch DIR    keep rss.csv, the NMT reports, wrk outputs and the server log there (default:
#                    a temporary folder, deleted after a successful run)
#
# DIGITPAD_JAR=path/digitpad.jar measures that build instead of this checkout's (its lib/ beside it).
#
# The server runs through ./digitpad (the launcher's own JVM and malloc settings apply) with Native
# Memory Tracking added through JDK_JAVA_OPTIONS, on a free port of 127.0.0.1. VmRSS, VmHWM,
# RssAnon, RssFile and the thread count are sampled every second into rss.csv. After the warm-up
# `jcmd PID VM.native_memory baseline`, after each run `summary.diff`. Printed: RSS at start, after
# the warm-up and after each run, the peak, NMT's categories, and the anonymous memory NMT cannot
# see (libtorch's own allocations and glibc malloc's arenas). Payloads: the 400x400 canvas PNGs of
# samples/drawn-*.png, as the other bench scripts send them.
#
# Exits 1 on any failed request, an unhealthy server after the runs, or RSS that is not flat.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

duration=60s runs=3 connections=8 warmup=15s flat_mb=8 scratch=""
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) duration=${2:?}; shift ;;
        --runs) runs=${2:?}; shift ;;
        --connections) connections=${2:?}; shift ;;
        --warmup) warmup=${2:?}; shift ;;
        --flat-mb) flat_mb=${2:?}; shift ;;
        --scratch) scratch=${2:?}; shift ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) bench_die "unknown option $1 (see --help)" ;;
    esac
    shift
done
[ "$runs" -ge 1 ] || bench_die "--runs must be at least 1"

bench_need wrk wrk
bench_need curl curl
bench_need jcmd openjdk-17-jdk-headless
bench_scratch "$scratch"
bench_digitpad_prepare
# DIGITPAD_JAR measures another build (its lib/ beside it) through this launcher, e.g. an older one.
if [ -n "${DIGITPAD_JAR:-}" ]; then
    DIGITPAD=(env DIGITPAD_JAR="$DIGITPAD_JAR" "$BENCH_ROOT/digitpad")
    DIGITPAD_VERSION="$DIGITPAD_VERSION ($DIGITPAD_JAR)"
fi
bench_payloads "$BENCH_SCRATCH/payloads"
payloads="$BENCH_SCRATCH/payloads/payloads"
load_before=$(bench_load)

mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# NMT through the JVM's own environment variable, so that the launcher's defaults still apply.
DIGITPAD=(env "JDK_JAVA_OPTIONS=${JDK_JAVA_OPTIONS:+$JDK_JAVA_OPTIONS }-XX:NativeMemoryTracking=summary"
    "${DIGITPAD[@]}")
bench_digitpad_serve "$BENCH_SCRATCH/server.log"
server=$BENCH_PID url=$BENCH_URL
bench_say "$DIGITPAD_VERSION on $url (pid $server); scratch $BENCH_SCRATCH; $load_before"

# One line a second: ms since start, phase, VmRSS, VmHWM, RssAnon, RssFile (kB), threads.
phase_file="$BENCH_SCRATCH/phase"
echo start >"$phase_file"
sample() {
    local t0 status
    t0=$(bench_now_ms)
    echo "ms,phase,rss_kb,hwm_kb,anon_kb,file_kb,threads"
    while status=$(cat "/proc/$server/status" 2>/dev/null); do
        awk -v ms=$(($(bench_now_ms) - t0)) -v phase="$(cat "$phase_file")" '
            { v[$1] = $2 }
            END { print ms "," phase "," v["VmRSS:"] "," v["VmHWM:"] "," v["RssAnon:"] "," \
                  v["RssFile:"] "," v["Threads:"] }' <<<"$status"
        sleep 1
    done
}
bench_spawn "$BENCH_SCRATCH/rss.csv" sample

# snapshot NAME: the server's memory now, as "NAME rss anon file threads" (kB), into snapshots.
snapshots=()
snapshot() {
    snapshots+=("$1 $(bench_vm "$server" VmRSS) $(bench_vm "$server" RssAnon) $(bench_vm "$server" RssFile) $(bench_vm "$server" Threads)")
}

# nmt_committed FILE CATEGORY: committed kB of one NMT category (summary or summary.diff).
nmt_committed() {
    awk -v cat="$2" '
        /^-/ && index($0, cat " (reserved=") { match($0, /committed=[0-9]+KB/); print substr($0, RSTART + 10, RLENGTH - 12); exit }' "$1"
}

# heap_resident: resident kB of the Java heap's mapping (it may be committed but not yet touched).
heap_resident() {
    local start
    start=$(jcmd "$server" GC.heap_info | grep -m 1 -o '\[0x[0-9a-f]*' | sed 's/\[0x0*//')
    awk -v start="$start" '
        /^[0-9a-f]+-[0-9a-f]+ / { split($1, a, "-"); sub(/^0+/, "", a[1]); inside = (a[1] == start) }
        inside && $1 == "Rss:" { print $2; exit }' "/proc/$server/smaps"
}

snapshot start
echo warmup >"$phase_file"
bench_wrk "$BENCH_SCRATCH/wrk-warmup.txt" "$url/api/predict" "$connections" "$warmup" "$payloads"
snapshot warm-up
jcmd "$server" VM.native_memory baseline >/dev/null

results=()
total_errors=0
for run in $(seq 1 "$runs"); do
    echo "run$run" >"$phase_file"
    bench_wrk "$BENCH_SCRATCH/wrk-run$run.txt" "$url/api/predict" "$connections" "$duration" "$payloads"
    snapshot "run-$run"
    jcmd "$server" VM.native_memory summary.diff >"$BENCH_SCRATCH/nmt-run$run.txt"
    results+=("| $run | $WRK_RPS | $WRK_P50 | $WRK_P99 | $WRK_ERRORS | ${WRK_WRONG:-?} |")
    total_errors=$((total_errors + WRK_ERRORS))
done
echo done >"$phase_file"
healthy=yes
curl -fsS --max-time 5 "$url/health" >/dev/null || healthy=no
peak=$(bench_vm "$server" VmHWM)
heap_rss=$(heap_resident)
jcmd "$server" VM.native_memory summary >"$BENCH_SCRATCH/nmt-final.txt"
load_after=$(bench_load)

echo "## digitpad memory under load: $runs x $duration, $connections connections"
echo
echo "| when | RSS MB | anonymous MB | files MB | threads |"
echo "|---|---:|---:|---:|---:|"
for s in "${snapshots[@]}"; do
    read -r name rss anon file threads <<<"$s"
    echo "| $name | $(mb "$rss") | $(mb "$anon") | $(mb "$file") | $threads |"
done
echo "| peak (VmHWM) | $(mb "$peak") | | | |"
echo
echo "| run | requests/s | p50 ms | p99 ms | errors | wrong digits |"
echo "|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${results[@]}"
echo
last="$BENCH_SCRATCH/nmt-run$runs.txt"
echo "Native Memory Tracking after run $runs (committed; change since the baseline after the warm-up):"
echo
echo "| category | committed MB | change MB |"
echo "|---|---:|---:|"
awk '/^-/ && /committed=/ {
        line = $0; sub(/^- */, "", line); name = substr(line, 1, index(line, " (") - 1)
        match(line, /committed=[0-9]+KB( [+-][0-9]+KB)?/); c = substr(line, RSTART + 10, RLENGTH - 10)
        split(c, parts, "KB"); kb = parts[1]; change = parts[2]; gsub(/[ +KB]/, "", change)
        if (kb >= 512 || (change + 0 >= 512 || change + 0 <= -512))
            printf "| %s | %.1f | %+.1f |\n", name, kb / 1024, change / 1024 }' "$last"
total=$(awk '/^Total:/ { match($0, /committed=[0-9]+KB/); print substr($0, RSTART + 10, RLENGTH - 12) }' "$last")
heap=$(nmt_committed "$last" "Java Heap")
cds=$(nmt_committed "$last" "Shared class space")
read -r _ rss_end anon_end file_end _ <<<"${snapshots[-1]}"
# Anonymous memory is the heap's touched pages, NMT's other committed memory (less the class-data
# archive, a mapped file) and what NMT cannot see: libtorch's malloc and glibc's arenas.
unseen=$((anon_end - heap_rss - (total - heap - ${cds:-0})))
echo "| **total** | $(mb "$total") | |"
echo
echo "After run $runs: RSS $(mb "$rss_end") MB = mapped files $(mb "$file_end") MB (libtorch, the JVM, the class-data archive)"
echo "+ anonymous $(mb "$anon_end") MB: Java heap resident $(mb "$heap_rss") MB of $(mb "$heap") MB,"
echo "NMT's other categories $(mb $((total - heap - ${cds:-0}))) MB, not seen by NMT $(mb "$unseen") MB (libtorch + glibc malloc)."
echo

read -r _ rss_first _ <<<"${snapshots[2]}"
drift=0
for s in "${snapshots[@]:3}"; do
    read -r _ rss _ <<<"$s"
    [ $((rss - rss_first)) -gt "$drift" ] && drift=$((rss - rss_first))
done
flat=yes
[ "$drift" -le $((flat_mb * 1024)) ] || flat=no
echo "- flat: $flat (largest rise after run 1: $(mb "$drift") MB; limit $flat_mb MB)"
echo "- errors: $total_errors; server healthy afterwards: $healthy"
echo "- JVM options: $(jcmd "$server" VM.command_line | sed -n 's/^jvm_args: //p')"
echo "- MALLOC_ARENA_MAX: $(tr '\0' '\n' <"/proc/$server/environ" | sed -n 's/^MALLOC_ARENA_MAX=//p' | grep . || echo unset)"
bench_machine
echo "- wrk: -t2 -c$connections, payloads $BENCH_PAYLOAD_SOURCE"
echo "- before: $load_before"
echo "- after: $load_after"
[ "$total_errors" -eq 0 ] || bench_die "$total_errors failed requests"
[ "$healthy" = yes ] || bench_die "the server is unhealthy after the runs"
[ "$flat" = yes ] || bench_die "RSS rose $(mb "$drift") MB after run 1 (limit $flat_mb MB)"
