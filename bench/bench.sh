#!/usr/bin/env bash
# digitpad's own performance figures, printed as one Markdown table with the machine they came from.
#
#   bench/bench.sh [--quick] [--epochs N] [--threads N] [--duration D] [--warmup D]
#                  [--startups N] [--scratch DIR]
#
#   --quick        smoke run, under a minute: 2 epochs on 5,000 images, 1 start-up, 2 s wrk runs
#   --epochs N     longest training run, to reach 99.0 % test accuracy (default 6)
#   --threads N    engine threads for training (default: digitpad's, one per core)
#   --duration D   each measured wrk run (default 10s); --warmup D: the discarded one before (3s)
#   --startups N   serve start-ups timed (default 3; the median is reported)
#   --scratch DIR  keep the logs, models and payloads there (default: a temporary folder,
#                  deleted after a successful run)
#
# Measures, on this machine:
#   training  `train --recipe paper` for N epochs: images/s of epoch 2 (epoch 1 includes the
#             warm-up) and the median of epochs 2..N; the training seconds (evaluation excluded)
#             summed until the first epoch with test accuracy >= 99.0 %. All from FILE.history.csv.
#   start-up  launch of `serve` (built-in model, build done beforehand) to the first correct
#             answer of POST /api/predict, polled every 20 ms; median of the runs.
#   HTTP      wrk -t2 -c8 and -c16 --latency on 127.0.0.1 with 400x400 canvas PNGs (samples/drawn-*.png,
#             else MNIST test digits rendered as the page sends them), after a discarded warm-up run;
#             every answer's digit is checked (bench/predict.lua).
#   memory    VmRSS of the server process after the HTTP runs, and its peak VmHWM.
#
# Needs: java 17, wrk, curl; without samples/drawn-*.png also the peers folder (PEERS_DIR) and
# python3-numpy python3-pil to render payloads. MNIST: $MNIST_DIR, $DIGITPAD_DATA,
# ~/.cache/digitpad/mnist or /tmp/mnist/package/data. Exits 1 if any request failed.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

quick=0 epochs=6 threads="" duration=10s warmup=3s startups=3 scratch="" train_images=60000
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1 epochs=2 train_images=5000 duration=2s warmup=1s startups=1 ;;
        --epochs) epochs=${2:?}; shift ;;
        --threads) threads=${2:?}; shift ;;
        --duration) duration=${2:?}; shift ;;
        --warmup) warmup=${2:?}; shift ;;
        --startups) startups=${2:?}; shift ;;
        --scratch) scratch=${2:?}; shift ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) bench_die "unknown option $1 (see --help)" ;;
    esac
    shift
done
[ "$epochs" -ge 2 ] || bench_die "--epochs must be at least 2 (epoch 1 includes the warm-up)"

bench_need wrk wrk
bench_need curl curl
bench_scratch "$scratch"
bench_digitpad_prepare
data=$(bench_mnist_dir)
bench_payloads "$BENCH_SCRATCH/payloads"
payloads="$BENCH_SCRATCH/payloads/payloads"
read -r first_digit first_payload <"$payloads"
load_before=$(bench_load)
bench_say "$DIGITPAD_VERSION; scratch $BENCH_SCRATCH; $load_before"

# ---- 1. training --------------------------------------------------------------------------
mkdir -p "$BENCH_SCRATCH/train"
thread_args=() thread_note="threads: digitpad's default (one per core, $(nproc))"
[ -n "$threads" ] && thread_args=(--threads "$threads") thread_note="threads: $threads"
bench_say "training: paper recipe, $epochs epochs on $train_images images ($thread_note)"
train_log="$BENCH_SCRATCH/train/train.log"
t0=$(bench_now_ms)
bench_run "$train_log" "${DIGITPAD[@]}" train --recipe paper --epochs "$epochs" \
    --train-images "$train_images" --data "$data" -o "$BENCH_SCRATCH/train/paper.params" \
    ${thread_args[@]+"${thread_args[@]}"} \
    || { bench_tail "$train_log"; bench_die "training failed"; }
train_wall=$(awk -v ms=$(($(bench_now_ms) - t0)) 'BEGIN {printf "%.1f", ms / 1000}')
grep '^epoch' "$train_log" >&2 || true
history="$BENCH_SCRATCH/train/paper.history.csv"
[ -f "$history" ] || bench_die "no $history after training"
epoch2_s=$(awk -F, '$1 == 2 {print $5}' "$history")
epoch2_ips=$(awk -v n="$train_images" -v s="$epoch2_s" 'BEGIN {printf "%.0f", n / s}')
# shellcheck disable=SC2046
median_ips=$(bench_median $(awk -F, -v n="$train_images" 'NR > 1 && $1 >= 2 {printf "%.0f\n", n / $5}' "$history"))
read -r hit_epoch hit_s hit_acc < <(awk -F, 'NR > 1 {s += $5; if ($4 >= 0.99) {printf "%d %.1f %.2f\n", $1, s, 100 * $4; exit}}' "$history") || true
last_acc=$(awk -F, 'END {printf "%.2f", 100 * $4}' "$history")

# ---- 2. serve start-up (the last server stays up for the HTTP runs) -----------------------
startup_ms=()
for i in $(seq 1 "$startups"); do
    log="$BENCH_SCRATCH/serve-$i.log"
    bench_digitpad_serve "$log"
    ms=$(bench_first_answer "$BENCH_URL/api/predict" "$first_payload" "$first_digit" "$BENCH_PID" "$log")
    startup_ms+=("$ms")
    bench_say "serve start-up $i: $ms ms to the first answer"
    [ "$i" -eq "$startups" ] || bench_stop "$BENCH_PID"
done
server=$BENCH_PID url=$BENCH_URL

# ---- 3. HTTP and memory -------------------------------------------------------------------
bench_say "HTTP: warm-up wrk -c8 -d$warmup (discarded)"
bench_wrk "$BENCH_SCRATCH/wrk-warmup.txt" "$url/api/predict" 8 "$warmup" "$payloads"
declare -A rps p50 p90 p99 errors wrong requests
total_errors=0
for c in 8 16; do
    bench_wrk "$BENCH_SCRATCH/wrk-c$c.txt" "$url/api/predict" "$c" "$duration" "$payloads"
    rps[$c]=$WRK_RPS p50[$c]=$WRK_P50 p90[$c]=$WRK_P90 p99[$c]=$WRK_P99
    errors[$c]=$WRK_ERRORS wrong[$c]=$WRK_WRONG requests[$c]=$WRK_REQUESTS
    total_errors=$((total_errors + WRK_ERRORS))
    bench_say "HTTP -c$c: $WRK_RPS req/s, p50 $WRK_P50 ms, p99 $WRK_P99 ms, errors $WRK_ERRORS, wrong $WRK_WRONG"
done
rss_kb=$(bench_vm "$server" VmRSS)
hwm_kb=$(bench_vm "$server" VmHWM)
curl -fsS --max-time 10 "$url/health" >/dev/null || bench_die "server unhealthy after the HTTP runs"
bench_stop "$server"
load_after=$(bench_load)

# ---- table --------------------------------------------------------------------------------
mb() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
if [ -n "${hit_epoch:-}" ]; then
    hit="$hit_s s (epoch $hit_epoch, $hit_acc %)"
else
    hit="not reached in $epochs epochs (last: $last_acc %)"
fi
echo
echo "## digitpad benchmark$([ "$quick" = 1 ] && echo " (--quick smoke run: not representative)")"
echo
bench_machine
echo "- before: $load_before"
echo "- after: $load_after"
echo "- HTTP payloads: $BENCH_PAYLOAD_SOURCE"
echo
echo "| measure | value | how |"
echo "|---|---:|---|"
echo "| training images/s, epoch 2 | $epoch2_ips | paper recipe, $train_images images, epoch 2 took $epoch2_s s (training pass only); $thread_note |"
echo "| training images/s, median of epochs 2-$epochs | $median_ips | same run |"
echo "| time to 99.0 % test accuracy | $hit | paper recipe; training seconds summed over epochs, test evaluation excluded |"
echo "| training run, wall clock | $train_wall s | the whole train command: JVM start, loading MNIST, $epochs epochs, test evaluation after each |"
echo "| serve start-up to first answer | $(bench_median "${startup_ms[@]}") ms | median of $startups (${startup_ms[*]} ms): launch to first correct POST /api/predict, built-in model |"
for c in 8 16; do
    echo "| HTTP -c$c requests/s | ${rps[$c]} | wrk -t2 -c$c -d$duration --latency, ${requests[$c]} requests, after a $warmup warm-up |"
    echo "| HTTP -c$c latency p50 / p90 / p99 | ${p50[$c]} / ${p90[$c]} / ${p99[$c]} ms | |"
    echo "| HTTP -c$c errors / wrong digits | ${errors[$c]} / ${wrong[$c]} | non-2xx + socket errors / answers naming another digit |"
done
echo "| server memory after the HTTP runs | $(mb "$rss_kb") MB | VmRSS; peak (VmHWM) $(mb "$hwm_kb") MB |"
echo
[ "$total_errors" -eq 0 ] || bench_die "$total_errors failed requests"
