#!/usr/bin/env bash
# digitpad against the Python peers (PyTorch train.py, the Flask app under Flask's own server and
# under gunicorn) in one run, on the same machine, alternating so machine noise hits both alike.
#
#   bench/side-by-side.sh [--quick] [--rounds N] [--epochs N] [--threads N] [--train-images N]
#                         [--duration D] [--warmup D] [--connections N] [--scratch DIR]
#
#   --quick           smoke run (about a minute): 1 round, 1 epoch on 5,000 images, 2 s wrk runs
#   --rounds N        rounds, each: digitpad then peer training, then digitpad, Flask, gunicorn
#                     under HTTP load (default 2)
#   --epochs N        epochs per training run; epoch N is compared, so N >= 2 keeps the warm-up
#                     of epoch 1 out of the figure (default 2)
#   --threads N       training threads for both (default 2)
#   --train-images N  training images for both (default all 60,000)
#   --duration D      each measured wrk run (default 10s); --warmup D: a discarded run before
#                     (default 20s: the JVM is still compiling the request path for the first
#                     20-30 s of load, 16% of digitpad's CPU time after 15 s, 5% after 40 s; a
#                     server is measured as it runs for days, warm, both kinds alike)
#   --connections N   wrk connections (default 8); wrk threads: 2
#   --scratch DIR     keep logs and outputs there (default: a temporary folder, deleted on success)
#
# Every figure is the BEST of the rounds (highest images/s and requests/s, lowest latency and
# start-up time: noise from other jobs only ever makes them worse) except memory, the LARGEST of
# the rounds. Per-round figures are printed as the run goes.
#
#   training  digitpad `train --recipe paper --epochs N --threads T` vs the peers'
#             `train.py --epochs N --threads T --seed 0`: images/s of epoch N, training pass only
#             (both exclude the test evaluation): the history CSV's seconds vs train.py's train_s.
#   HTTP      the same body for all servers: MNIST test image 0 (a 7) from the peers'
#             make_payload.py, POSTed to digitpad's /api/predict and the peers' /predict. Servers:
#             `digitpad serve` (default threads), the Flask app under Flask's threaded server
#             and under gunicorn -w 2 (sync workers), each TORCH_THREADS=1. Each must answer 7
#             before the load; then a warm-up and a measured wrk -t2 -cN --latency run
#             (bench/predict.lua checks every answer).
#   strokes   digitpad only (the peers take no strokes): the same server, then a 7 of a validation
#             writer from data/pendigits as the page sends it, {"strokes": [[[x, y, t]...]...]}
#             (bench/stroke_payload.py), warm-up and measured run as above; compared with
#             gunicorn's PNG figure, the Python system's answer to the same drawing.
#   start-up  launch -> first correct POST answer, polled every 20 ms.
#   memory    VmRSS after the HTTP run (gunicorn: master + workers summed) and PSS (shared pages
#             split, fairer for the forked gunicorn workers).
#
# Peers: $PEERS_DIR, default ../shared/peers beside this repository. Servers bind to 127.0.0.1;
# nothing else touches the network. Every process started is stopped by its PID at exit.
# Exits 1 if any request failed or was answered with a wrong digit.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

quick=0 rounds=2 epochs=2 threads=2 train_images=60000 duration=10s warmup=20s conns=8 scratch=""
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1 rounds=1 epochs=1 train_images=5000 duration=2s warmup=1s ;;
        --rounds) rounds=${2:?}; shift ;;
        --epochs) epochs=${2:?}; shift ;;
        --threads) threads=${2:?}; shift ;;
        --train-images) train_images=${2:?}; shift ;;
        --duration) duration=${2:?}; shift ;;
        --warmup) warmup=${2:?}; shift ;;
        --connections) conns=${2:?}; shift ;;
        --scratch) scratch=${2:?}; shift ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) bench_die "unknown option $1 (see --help)" ;;
    esac
    shift
done

# ---- checks -------------------------------------------------------------------------------
peers=$(bench_peers_dir)
for f in torch_seed/train.py torch_seed/seed_model.pt flask_seed/app.py tools/make_payload.py; do
    [ -f "$peers/$f" ] || bench_die "the Python peers are not at $peers (no $f); set PEERS_DIR"
done
bench_need wrk wrk
bench_need curl curl
bench_need_python torch:python3-torch numpy:python3-numpy PIL:python3-pil flask:python3-flask \
    gunicorn:python3-gunicorn
blas=$({ ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null || true; } | awk '$1 == "libblas.so.3" && !seen {print $NF; seen = 1}')
case "$(readlink -f "${blas:-none}")" in
    *openblas*) ;;
    *) bench_say "warning: libblas.so.3 is not OpenBLAS; Debian's torch then trains ~2x slower (apt-get install libopenblas0)" ;;
esac
data=$(bench_mnist_dir raw)
bench_scratch "$scratch"
bench_digitpad_prepare
mkdir -p "$BENCH_SCRATCH/train"

payload="$BENCH_SCRATCH/payload.json"
made=$("$BENCH_PY" "$peers/tools/make_payload.py" --data "$data" --index 0 --out "$payload")
[[ "$made" == *label=7* ]] || bench_die "make_payload.py --index 0 did not render a 7: $made"
echo "7 $payload" >"$BENCH_SCRATCH/payloads"
strokes="$BENCH_SCRATCH/strokes.json"
made=$("$BENCH_PY" "$BENCH_DIR/stroke_payload.py" "$BENCH_DIR/../data/pendigits/pendigits-orig.tra.gz" \
    7 "$strokes")
[[ "$made" == *label=7* ]] || bench_die "stroke_payload.py did not write a 7: $made"
echo "7 $strokes" >"$BENCH_SCRATCH/stroke-payloads"
load_before=$(bench_load)
bench_say "$DIGITPAD_VERSION; peers $peers; scratch $BENCH_SCRATCH; $load_before"

declare -A res # res[name] = space-separated per-round values
add() { res[$1]="${res[$1]:-} $2"; }

# ---- training, alternating ----------------------------------------------------------------
for r in $(seq 1 "$rounds"); do
    log="$BENCH_SCRATCH/train/digitpad-$r.log" model="$BENCH_SCRATCH/train/digitpad-$r.params"
    bench_say "round $r/$rounds: digitpad train, $epochs epoch(s), $train_images images, $threads threads"
    bench_run "$log" "${DIGITPAD[@]}" train --recipe paper --epochs "$epochs" --threads "$threads" \
        --train-images "$train_images" --data "$data" -o "$model" \
        || { bench_tail "$log"; bench_die "digitpad training failed"; }
    csv="$BENCH_SCRATCH/train/digitpad-$r.history.csv"
    read -r s acc < <(awk -F, -v e="$epochs" '$1 == e {print $5, $4}' "$csv") \
        || bench_die "no epoch $epochs in $csv"
    ips=$(awk -v n="$train_images" -v s="$s" 'BEGIN {printf "%.0f", n / s}')
    add dp_ips "$ips"
    add dp_acc "$acc"
    bench_say "  digitpad epoch $epochs: $s s, $ips images/s, test accuracy $acc"

    log="$BENCH_SCRATCH/train/peer-$r.log"
    bench_say "round $r/$rounds: peer train.py, same settings"
    bench_run "$log" "$BENCH_PY" "$peers/torch_seed/train.py" --data "$data" --epochs "$epochs" \
        --threads "$threads" --seed 0 --limit "$train_images" --out "$BENCH_SCRATCH/train/peer-$r.pt" \
        || { bench_tail "$log"; bench_die "peer training failed"; }
    # "epoch train_s img/s train_loss test_acc eval_s"
    read -r s acc < <(awk -v e="$epochs" 'NF == 6 && $1 == e {print $2, $5}' "$log") \
        || bench_die "no epoch $epochs line in $log"
    ips=$(awk -v n="$train_images" -v s="$s" 'BEGIN {printf "%.0f", n / s}')
    add py_ips "$ips"
    add py_acc "$acc"
    bench_say "  peer epoch $epochs: $s s, $ips images/s, test accuracy $acc"
done

# ---- HTTP, start-up, memory, alternating --------------------------------------------------
# start_server NAME LOG: sets BENCH_PID, BENCH_T0 and predict_url.
start_server() {
    local port
    case "$1" in
        digitpad)
            bench_digitpad_serve "$2"
            predict_url="$BENCH_URL/api/predict" ;;
        flask)
            port=$(bench_free_port)
            bench_spawn "$2" env TORCH_THREADS=1 "$BENCH_PY" "$peers/flask_seed/app.py" \
                --host 127.0.0.1 --port "$port"
            predict_url="http://127.0.0.1:$port/predict" ;;
        gunicorn)
            port=$(bench_free_port)
            bench_spawn "$2" env TORCH_THREADS=1 "$BENCH_PY" -m gunicorn -w 2 -b "127.0.0.1:$port" \
                --chdir "$peers/flask_seed" app:app
            predict_url="http://127.0.0.1:$port/predict" ;;
    esac
}

# memory_kb PID: "RSS PSS" in kB of the process and its children (gunicorn's workers).
memory_kb() {
    local pid rss=0 pss=0 v w
    for pid in "$1" $(ps -o pid= --ppid "$1"); do
        v=$(bench_vm "$pid" VmRSS 2>/dev/null || true) w=$(bench_pss "$pid")
        rss=$((rss + ${v:-0})) pss=$((pss + ${w:-0}))
    done
    echo "$rss $pss"
}

servers="digitpad flask gunicorn"
for r in $(seq 1 "$rounds"); do
    for srv in $servers; do
        log="$BENCH_SCRATCH/$srv-$r.log"
        start_server "$srv" "$log"
        pid=$BENCH_PID
        ms=$(bench_first_answer "$predict_url" "$payload" 7 "$pid" "$log")
        bench_wrk "$BENCH_SCRATCH/wrk-$srv-$r-warmup.txt" "$predict_url" "$conns" "$warmup" \
            "$BENCH_SCRATCH/payloads"
        bench_wrk "$BENCH_SCRATCH/wrk-$srv-$r.txt" "$predict_url" "$conns" "$duration" \
            "$BENCH_SCRATCH/payloads"
        read -r rss pss < <(memory_kb "$pid")
        if [ "$srv" = digitpad ]; then
            png_rps=$WRK_RPS png_p50=$WRK_P50 png_p99=$WRK_P99 png_err=$WRK_ERRORS png_wrong=$WRK_WRONG
            bench_wrk "$BENCH_SCRATCH/wrk-strokes-$r-warmup.txt" "$predict_url" "$conns" "$warmup" \
                "$BENCH_SCRATCH/stroke-payloads"
            bench_wrk "$BENCH_SCRATCH/wrk-strokes-$r.txt" "$predict_url" "$conns" "$duration" \
                "$BENCH_SCRATCH/stroke-payloads"
            add strokes_rps "$WRK_RPS"
            add strokes_p50 "$WRK_P50"
            add strokes_p99 "$WRK_P99"
            add strokes_err "$WRK_ERRORS"
            add strokes_wrong "$WRK_WRONG"
            bench_say "round $r/$rounds: digitpad strokes: $WRK_RPS req/s, p50 $WRK_P50 ms, p99 $WRK_P99 ms, errors $WRK_ERRORS, wrong $WRK_WRONG"
            WRK_RPS=$png_rps WRK_P50=$png_p50 WRK_P99=$png_p99 WRK_ERRORS=$png_err WRK_WRONG=$png_wrong
        fi
        bench_stop "$pid"
        add "${srv}_start" "$ms"
        add "${srv}_rps" "$WRK_RPS"
        add "${srv}_p50" "$WRK_P50"
        add "${srv}_p99" "$WRK_P99"
        add "${srv}_err" "$WRK_ERRORS"
        add "${srv}_wrong" "$WRK_WRONG"
        add "${srv}_rss" "$((rss / 1024))"
        add "${srv}_pss" "$((pss / 1024))"
        bench_say "round $r/$rounds: $srv: start-up $ms ms; $WRK_RPS req/s, p50 $WRK_P50 ms, p99 $WRK_P99 ms, errors $WRK_ERRORS, wrong $WRK_WRONG; RSS $((rss / 1024)) MB, PSS $((pss / 1024)) MB"
    done
done
load_after=$(bench_load)

# ---- table --------------------------------------------------------------------------------
# shellcheck disable=SC2086
best() { # best max|min|sum NAME
    case "$1" in
        max) bench_max ${res[$2]} ;;
        min) bench_min ${res[$2]} ;;
        sum) printf '%s\n' ${res[$2]} | awk '{s += $1} END {print s}' ;;
    esac
}
for srv in $servers; do
    declare "${srv}_rps=$(best max "${srv}_rps")" "${srv}_p50=$(best min "${srv}_p50")" \
        "${srv}_p99=$(best min "${srv}_p99")" "${srv}_start=$(best min "${srv}_start")" \
        "${srv}_rss=$(best max "${srv}_rss")" "${srv}_pss=$(best max "${srv}_pss")" \
        "${srv}_err=$(best sum "${srv}_err")" "${srv}_wrong=$(best sum "${srv}_wrong")"
done
strokes_rps=$(best max strokes_rps) strokes_p50=$(best min strokes_p50)
strokes_p99=$(best min strokes_p99) strokes_err=$(best sum strokes_err)
strokes_wrong=$(best sum strokes_wrong)
dp_ips=$(best max dp_ips) py_ips=$(best max py_ips)
dp_acc=$(bench_fmt "%.2f %%" "$(awk -v a="$(bench_median ${res[dp_acc]})" 'BEGIN {print 100 * a}')")
py_acc=$(bench_fmt "%.2f %%" "$(awk -v a="$(bench_median ${res[py_acc]})" 'BEGIN {print 100 * a}')")
train_ratio=$(bench_ratio "$dp_ips" "$py_ips")
rps_g=$(bench_ratio "$digitpad_rps" "$gunicorn_rps")
strokes_g=$(bench_ratio "$strokes_rps" "$gunicorn_rps")

row() { # row MEASURE DIGITPAD FLASK GUNICORN TARGET [no-ratio]
    local rf="—" rg="—"
    if [ "${6:-}" != no-ratio ]; then
        rf=$(bench_ratio "$2" "$3")
        [ "$4" = "—" ] || rg=$(bench_ratio "$2" "$4")
    fi
    echo "| $1 | $2 | $3 | $4 | $rf | $rg | $5 |"
}

echo
echo "## digitpad vs the Python peers, side by side$([ "$quick" = 1 ] && echo " (--quick smoke run: not representative)")"
echo
bench_machine
echo "- python: $("$BENCH_PY" -c 'import sys, torch, flask, gunicorn, PIL; print(sys.version.split()[0], "torch", torch.__version__, "flask", flask.__version__, "gunicorn", gunicorn.__version__, "pillow", PIL.__version__)' 2>/dev/null)"
echo "- wrk: $(wrk -v 2>&1 | head -n 1 | awk '{print $2}'), on the same CPUs as the servers"
echo "- before: $load_before"
echo "- after: $load_after"
echo "- $rounds round(s), alternating; figures are the best of the rounds (memory: the largest)."
echo "  Ratios are digitpad ÷ peer: above 1 is better for images/s and requests/s, below 1 is better"
echo "  for latency, start-up and memory."
echo
echo "| measure | digitpad | peer: PyTorch train.py / Flask server | peer: gunicorn -w 2 | digitpad ÷ PyTorch / Flask | digitpad ÷ gunicorn | target |"
echo "|---|---:|---:|---:|---:|---:|---|"
row "training images/s, epoch $epochs of $epochs, $threads threads, $train_images images" \
    "$dp_ips" "$py_ips" "—" "ratio ≥ 1.3: $(bench_target "$train_ratio" ">=" 1.3)"
row "test accuracy after epoch $epochs (median)" "$dp_acc" "$py_acc" "—" "" no-ratio
row "HTTP requests/s, wrk -t2 -c$conns -d$duration" "$digitpad_rps" "$flask_rps" "$gunicorn_rps" \
    "≥ 2x gunicorn: $(bench_target "$rps_g" ">=" 2)"
row "HTTP latency p50, ms" "$digitpad_p50" "$flask_p50" "$gunicorn_p50" ""
row "HTTP latency p99, ms" "$digitpad_p99" "$flask_p99" "$gunicorn_p99" \
    "digitpad < 20 ms at $conns conn.: $(bench_target "$digitpad_p99" "<" 20)"
row "HTTP errors / wrong digits, all rounds" "$digitpad_err / $digitpad_wrong" "$flask_err / $flask_wrong" \
    "$gunicorn_err / $gunicorn_wrong" "0 / 0" no-ratio
row "strokes -> answer, requests/s (digitpad; peers: their PNG figure)" "$strokes_rps" "$flask_rps" \
    "$gunicorn_rps" "≥ 5x gunicorn's PNG: $(bench_target "$strokes_g" ">=" 5)"
row "strokes latency p50 / p99, ms" "$strokes_p50 / $strokes_p99" "—" "—" "" no-ratio
row "strokes errors / wrong digits, all rounds" "$strokes_err / $strokes_wrong" "—" "—" "0 / 0" no-ratio
row "start-up to first correct answer, ms" "$digitpad_start" "$flask_start" "$gunicorn_start" ""
row "memory after the HTTP run: RSS, MB" "$digitpad_rss" "$flask_rss" "$gunicorn_rss" \
    "gunicorn: master + 2 workers"
row "memory after the HTTP run: PSS, MB" "$digitpad_pss" "$flask_pss" "$gunicorn_pss" \
    "shared pages split"
echo
bad=$((digitpad_err + digitpad_wrong + flask_err + flask_wrong + gunicorn_err + gunicorn_wrong \
    + strokes_err + strokes_wrong))
[ "$bad" -eq 0 ] || bench_die "$bad failed or wrong answers (see the table)"
