# Helpers shared by the bench/*.sh scripts. Source it (after `set -euo pipefail`); do not run it.
#
# Everything a script starts in the background (servers, training runs, wrk) is recorded in
# BENCH_PIDS and stopped by PID when the script exits, however it exits. Servers listen on
# 127.0.0.1 only.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_ROOT=$(cd "$BENCH_DIR/.." && pwd)
BENCH_NAME=${BENCH_NAME:-$(basename "$0")}
BENCH_PIDS=()
BENCH_SCRATCH=""
BENCH_SCRATCH_OWNED=0

bench_die() {
    echo "$BENCH_NAME: $*" >&2
    exit 1
}

bench_say() {
    echo "# $*" >&2
}

# bench_need COMMAND PACKAGE: fail with the apt-get line when COMMAND is missing.
bench_need() {
    command -v "$1" >/dev/null 2>&1 \
        || bench_die "needs $1 (Debian/Ubuntu: apt-get install $2)"
}

# bench_need_python MODULE:PACKAGE...: Debian's /usr/bin/python3 with these modules importable.
BENCH_PY=${BENCH_PY:-/usr/bin/python3}
bench_need_python() {
    [ -x "$BENCH_PY" ] || bench_die "needs $BENCH_PY (Debian/Ubuntu: apt-get install python3)"
    local spec missing=()
    for spec in "$@"; do
        "$BENCH_PY" -c "import ${spec%%:*}" 2>/dev/null || missing+=("${spec#*:}")
    done
    [ ${#missing[@]} -eq 0 ] \
        || bench_die "$BENCH_PY cannot import what it needs (Debian/Ubuntu: apt-get install ${missing[*]})"
}

bench_now_ms() {
    date +%s%3N
}

# bench_scratch [DIR]: a work folder in BENCH_SCRATCH. Without DIR, a fresh one that is deleted at
# exit when the script succeeds (kept, with its logs, when it fails).
bench_scratch() {
    if [ -n "${1:-}" ]; then
        mkdir -p "$1"
        BENCH_SCRATCH=$(cd "$1" && pwd)
    else
        BENCH_SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/digitpad-bench.XXXXXX")
        BENCH_SCRATCH_OWNED=1
    fi
}

bench_forget() {
    local pid=$1 kept=() p
    for p in ${BENCH_PIDS[@]+"${BENCH_PIDS[@]}"}; do
        [ "$p" = "$pid" ] || kept+=("$p")
    done
    BENCH_PIDS=(${kept[@]+"${kept[@]}"})
}

# bench_stop PID: SIGTERM, up to 15 s to exit, then SIGKILL; reaps it.
bench_stop() {
    local pid=$1 state _
    if kill "$pid" 2>/dev/null; then
        for _ in $(seq 1 150); do
            state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || echo gone)
            [ "$state" = Z ] || [ "$state" = gone ] && break
            sleep 0.1
        done
        [ "$state" = Z ] || [ "$state" = gone ] || kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    bench_forget "$pid"
}

bench_cleanup() {
    local rc=$? pid
    for pid in ${BENCH_PIDS[@]+"${BENCH_PIDS[@]}"}; do
        bench_stop "$pid"
    done
    if [ "$BENCH_SCRATCH_OWNED" = 1 ] && [ -n "$BENCH_SCRATCH" ]; then
        if [ "$rc" -eq 0 ]; then
            rm -rf "$BENCH_SCRATCH"
        else
            echo "$BENCH_NAME: logs kept in $BENCH_SCRATCH" >&2
        fi
    fi
}
trap bench_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# bench_spawn LOG COMMAND...: start COMMAND in the background (stdout+stderr to LOG).
# Sets BENCH_PID and BENCH_T0 (launch time, ms).
bench_spawn() {
    local log=$1
    shift
    BENCH_T0=$(bench_now_ms)
    "$@" >"$log" 2>&1 &
    BENCH_PID=$!
    BENCH_PIDS+=("$BENCH_PID")
}

# bench_run LOG COMMAND...: run COMMAND to the end (stdout+stderr to LOG), stoppable by the exit trap.
bench_run() {
    local log=$1 rc=0
    shift
    bench_spawn "$log" "$@"
    wait "$BENCH_PID" || rc=$?
    bench_forget "$BENCH_PID"
    return "$rc"
}

# bench_tail LOG: the end of a log, for error messages.
bench_tail() {
    echo "---- last lines of $1:" >&2
    tail -n 25 "$1" >&2 || true
}

# bench_free_port: a free TCP port on 127.0.0.1.
bench_free_port() {
    "$BENCH_PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# ---- digitpad ---------------------------------------------------------------------------------

# bench_digitpad_prepare: build when needed (not timed), then pin this build for the whole run:
# the jar is copied into the scratch folder (others may rebuild target/ meanwhile). Sets DIGITPAD
# (the command, an array: the launcher running the pinned jar, so its JVM settings apply) and
# DIGITPAD_VERSION.
bench_digitpad_prepare() {
    bench_need java "openjdk-17-jre-headless"
    "$BENCH_ROOT/digitpad" --version >/dev/null \
        || bench_die "./digitpad does not build or run (see the message above)"
    local pinned="$BENCH_SCRATCH/digitpad-jar"
    mkdir -p "$pinned"
    cp "$BENCH_ROOT/target/digitpad.jar" "$pinned/digitpad.jar"
    ln -sfn "$BENCH_ROOT/target/lib" "$pinned/lib"
    DIGITPAD=(env DIGITPAD_JAR="$pinned/digitpad.jar" "$BENCH_ROOT/digitpad")
    DIGITPAD_VERSION=$("${DIGITPAD[@]}" --version)
    DIGITPAD_VERSION=${DIGITPAD_VERSION%%$'\n'*}
}

# bench_digitpad_serve LOG [serve options...]: launch `digitpad serve --port 0` and wait until it
# says it is ready. Sets BENCH_PID, BENCH_T0 and BENCH_URL.
bench_digitpad_serve() {
    local log=$1 _
    shift
    bench_spawn "$log" "${DIGITPAD[@]}" serve --host 127.0.0.1 --port 0 "$@"
    for _ in $(seq 1 12000); do
        grep -q "is ready" "$log" && break
        kill -0 "$BENCH_PID" 2>/dev/null || { bench_tail "$log"; bench_die "digitpad serve exited"; }
        sleep 0.01
    done
    grep -q "is ready" "$log" || { bench_tail "$log"; bench_die "digitpad serve not ready after 120 s"; }
    BENCH_URL=$(grep -m 1 -o 'http://127\.0\.0\.1:[0-9]*' "$log")
}

# ---- requests ---------------------------------------------------------------------------------

# bench_post URL PAYLOAD: POST the JSON file, print the body; fails unless 200.
bench_post() {
    curl -fsS --max-time 30 -H 'Content-Type: application/json' --data-binary "@$2" "$1"
}

# bench_answers DIGIT BODY: whether a JSON answer names DIGIT ("digit":7 or "digit": 7).
bench_answers() {
    local re="\"digit\" *: *$1([^0-9]|\$)"
    [[ "$2" =~ $re ]]
}

# bench_first_answer URL PAYLOAD DIGIT PID LOG: poll (every 20 ms, up to 180 s) until a POST of
# PAYLOAD gets 200 with DIGIT; prints the ms since BENCH_T0. A wrong answer is an error at once.
bench_first_answer() {
    local url=$1 payload=$2 digit=$3 pid=$4 log=$5 body deadline
    deadline=$(($(bench_now_ms) + 180000))
    while :; do
        if body=$(curl -fs --max-time 30 -H 'Content-Type: application/json' \
            --data-binary "@$payload" "$url" 2>/dev/null); then
            bench_answers "$digit" "$body" \
                || bench_die "$url answered ${body:0:120} for a $digit"
            echo $(($(bench_now_ms) - BENCH_T0))
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || { bench_tail "$log"; bench_die "server pid $pid exited before answering"; }
        [ "$(bench_now_ms)" -lt "$deadline" ] || { bench_tail "$log"; bench_die "no answer from $url after 180 s"; }
        sleep 0.02
    done
}

# bench_payloads DIR: payload list DIR/payloads ("<digit> <json file>" a line, for predict.lua).
# The drawn digits in samples/drawn-<d>*.png when there are any; else one MNIST test digit per
# class rendered as the page would send it (400x400 black-on-white RGBA PNG, nearest-neighbour
# upscale) by the peers' tools/make_payload.py. Sets BENCH_PAYLOAD_SOURCE.
bench_payloads() {
    local dir=$1 png name
    mkdir -p "$dir"
    : >"$dir/payloads"
    for png in "$BENCH_ROOT"/samples/drawn-[0-9]*.png; do
        [ -f "$png" ] || continue
        name=$(basename "$png" .png)
        printf '{"image": "data:image/png;base64,%s"}' "$(base64 -w0 "$png")" >"$dir/$name.json"
        echo "${name:6:1} $dir/$name.json" >>"$dir/payloads"
    done
    if [ -s "$dir/payloads" ]; then
        BENCH_PAYLOAD_SOURCE="samples/drawn-*.png ($(wc -l <"$dir/payloads") drawings)"
        return
    fi
    local tools
    tools=$(bench_peers_dir)/tools
    [ -f "$tools/make_payload.py" ] \
        || bench_die "no samples/drawn-*.png, and no peers folder to render payloads with ($tools/make_payload.py; set PEERS_DIR)"
    bench_need_python numpy:python3-numpy PIL:python3-pil
    local data
    data=$(bench_mnist_dir raw)
    # First test image of each digit 0-9 (test indices 3 2 1 18 4 8 11 0 61 7).
    "$BENCH_PY" - "$tools" "$data" "$dir" <<'EOF' >>"$dir/payloads"
import json, sys
sys.path.insert(0, sys.argv[1])
from make_payload import mnist_test, render
x, y = mnist_test(sys.argv[2])
for i in (3, 2, 1, 18, 4, 8, 11, 0, 61, 7):
    img, url = render(x[i])
    base = f"{sys.argv[3]}/mnist-test-{i}-digit-{int(y[i])}"
    img.save(base + ".png")
    with open(base + ".json", "w") as f:
        json.dump({"image": url}, f)
    print(int(y[i]), base + ".json")
EOF
    BENCH_PAYLOAD_SOURCE="10 MNIST test digits (one per class) rendered by peers/tools/make_payload.py"
}

# bench_peers_dir: the Python peers ($PEERS_DIR, else ../shared/peers beside the repository).
bench_peers_dir() {
    local dir=${PEERS_DIR:-$BENCH_ROOT/../shared/peers}
    if [ -d "$dir" ]; then (cd "$dir" && pwd); else echo "$dir"; fi
}

# bench_mnist_dir [raw]: the first folder holding the four MNIST IDX files, out of $MNIST_DIR,
# $DIGITPAD_DATA, ~/.cache/digitpad/mnist and /tmp/mnist/package/data. With "raw", .gz files do
# not count (the Python tools read uncompressed files only).
bench_mnist_dir() {
    local dir f ok
    for dir in ${MNIST_DIR:-} ${DIGITPAD_DATA:-} "$HOME/.cache/digitpad/mnist" /tmp/mnist/package/data; do
        ok=1
        for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
            [ -f "$dir/$f" ] || { [ "${1:-}" != raw ] && [ -f "$dir/$f.gz" ]; } || ok=0
        done
        [ "$ok" = 1 ] && { echo "$dir"; return 0; }
    done
    bench_die "no MNIST IDX files (the 4 uncompressed *-ubyte files) in \$MNIST_DIR, \$DIGITPAD_DATA, ~/.cache/digitpad/mnist or /tmp/mnist/package/data; set MNIST_DIR (the peers' README, Setup, says how to get them)"
}

# ---- wrk --------------------------------------------------------------------------------------

# bench_wrk OUT URL CONNECTIONS DURATION PAYLOADS [THREADS]: one bounded wrk run with predict.lua
# (answers checked, p50/p90/p99 printed); output in OUT. Sets WRK_RPS WRK_REQUESTS WRK_P50 WRK_P90
# WRK_P99 WRK_ERRORS (non-2xx + socket errors, timeouts included) WRK_WRONG.
# A request unanswered after BENCH_WRK_TIMEOUT (default 10s) counts as a timeout error.
bench_wrk() {
    local out=$1 url=$2 conns=$3 dur=$4 payloads=$5 threads=${6:-2}
    DIGITPAD_PAYLOADS=$payloads bench_run "$out" wrk -t"$threads" -c"$conns" -d"$dur" \
        --timeout "${BENCH_WRK_TIMEOUT:-10s}" \
        --latency -s "$BENCH_DIR/predict.lua" "$url" \
        || { bench_tail "$out"; bench_die "wrk failed against $url"; }
    bench_wrk_parse "$out"
}

bench_wrk_parse() {
    local out=$1 non2xx socket
    WRK_RPS=$(awk '/^Requests\/sec/ {print $2}' "$out")
    WRK_REQUESTS=$(awk '/requests in/ {print $1}' "$out")
    WRK_P50=$(awk '/^latency p50:/ {print $3}' "$out")
    WRK_P90=$(awk '/^latency p90:/ {print $3}' "$out")
    WRK_P99=$(awk '/^latency p99:/ {print $3}' "$out")
    WRK_WRONG=$(awk -F': ' '/wrong digit/ {print $NF}' "$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$out")
    # "  Socket errors: connect 0, read 0, write 0, timeout 0"
    socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out")
    WRK_ERRORS=$((${non2xx:-0} + ${socket:-0}))
    [ -n "$WRK_RPS" ] && [ -n "$WRK_P50" ] || { bench_tail "$out"; bench_die "could not read wrk's output"; }
}

# ---- numbers ----------------------------------------------------------------------------------

# bench_vm PID FIELD: a /proc/PID/status figure (VmRSS, VmHWM) in kB.
bench_vm() {
    awk -v f="$2:" '$1 == f {print $2}' "/proc/$1/status"
}

# bench_pss PID: proportional set size in kB (shared pages split between the sharing processes).
bench_pss() {
    awk '$1 == "Pss:" {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0
}

# bench_median NUMBER...
bench_median() {
    printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {
        if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

bench_min() { printf '%s\n' "$@" | sort -g | head -n 1; }
bench_max() { printf '%s\n' "$@" | sort -g | tail -n 1; }

# bench_fmt FORMAT NUMBER: printf with awk (n/a stays n/a).
bench_fmt() {
    awk -v f="$1" -v x="$2" 'BEGIN { if (x == "" || x == "n/a") print "n/a"; else printf f "\n", x }'
}

# bench_ratio A B: A/B with 2 decimals.
bench_ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a == "n/a" || b == "n/a" || b + 0 == 0) print "n/a"; else printf "%.2f\n", a / b }'
}

# bench_cmp X OP Y: awk comparison, e.g. bench_cmp "$ratio" ">=" 3.
bench_cmp() {
    awk -v x="$1" -v y="$3" -v op="$2" 'BEGIN { if (x == "n/a" || x == "") exit 1
        r = (op == ">=") ? x + 0 >= y + 0 : (op == "<") ? x + 0 < y + 0 : (op == "<=") ? x + 0 <= y + 0 : x + 0 > y + 0
        exit !r }'
}

# bench_target X OP Y: "met" or "missed" for the table.
bench_target() {
    if bench_cmp "$1" "$2" "$3"; then echo "met"; else echo "**missed**"; fi
}

# ---- machine ----------------------------------------------------------------------------------

bench_load() {
    local load pressure=""
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    [ -r /proc/pressure/cpu ] && pressure=", CPU pressure $(awk '/^some/ {sub("avg60=", "", $3); print $3}' /proc/pressure/cpu)% (60 s)"
    echo "load average $load$pressure"
}

bench_machine() {
    echo "- machine: $(nproc) CPUs, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1), $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM"
    echo "- java: $(java -version 2>&1 | head -n 1)"
    echo "- digitpad: ${DIGITPAD_VERSION:-?}"
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
}
