#!/usr/bin/env bash
# Flame graphs of the running server under load: where a request's CPU time goes.
#
#   bench/profile.sh [--warmup D] [--duration D] [--connections N] [--out DIR] [--scratch DIR]
#                    PROFILER_SO
#
# Starts `digitpad serve` on 127.0.0.1, loads it with wrk (2 threads, N connections, default 8) for
# the warm-up (default 30s: the JIT is still compiling the request path before that), then samples
# its CPU with async-profiler (1 ms interval) for the duration (default 10s) while the load goes
# on, for two payloads in turn: the peers' PNG (MNIST test image 0 as a 400x400 canvas, as
# bench/side-by-side.sh sends it) and a validation writer's 7 as the page sends its strokes.
# Writes DIR/png-request.html and DIR/strokes-request.html (flame graphs, frames under 0.25% left
# out; default DIR: docs/flamegraphs) and prints the top frames by own time. The full stacks
# (collapsed, about 10 MB each) stay in the scratch folder with --scratch DIR.
#
# PROFILER_SO: async-profiler's libasyncProfiler.so; its jar on Maven Central
# (tools.profiler:async-profiler) holds it under linux-x64/. The server is started with
# -XX:+EnableDynamicAgentLoading and the profiler attached with `jcmd PID JVMTI.agent_load`.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

warmup=30s duration=10s conns=8 out="$BENCH_ROOT/docs/flamegraphs" so="" scratch=""
while [ $# -gt 0 ]; do
    case "$1" in
        --warmup) warmup=${2:?}; shift ;;
        --duration) duration=${2:?}; shift ;;
        --connections) conns=${2:?}; shift ;;
        --out) out=${2:?}; shift ;;
        --scratch) scratch=${2:?}; shift ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) bench_die "unknown option $1 (see --help)" ;;
        *) so=$1 ;;
    esac
    shift
done
[ -f "$so" ] || bench_die "give the path of libasyncProfiler.so (see --help)"
so=$(cd "$(dirname "$so")" && pwd)/$(basename "$so")
bench_need wrk wrk
bench_need jcmd "openjdk-17-jdk-headless"
peers=$(bench_peers_dir)
bench_need_python numpy:python3-numpy PIL:python3-pil
data=$(bench_mnist_dir raw)
bench_scratch "$scratch"
bench_digitpad_prepare
mkdir -p "$out"

"$BENCH_PY" "$peers/tools/make_payload.py" --data "$data" --index 0 --out "$BENCH_SCRATCH/png.json" >/dev/null
echo "7 $BENCH_SCRATCH/png.json" >"$BENCH_SCRATCH/png-payloads"
"$BENCH_PY" "$BENCH_DIR/stroke_payload.py" "$BENCH_DIR/../data/pendigits/pendigits-orig.tra.gz" \
    7 "$BENCH_SCRATCH/strokes.json" >/dev/null
echo "7 $BENCH_SCRATCH/strokes.json" >"$BENCH_SCRATCH/strokes-payloads"
bench_say "$DIGITPAD_VERSION; $(bench_load)"

export DIGITPAD_JAVA_OPTS="${DIGITPAD_JAVA_OPTS:-} -XX:+EnableDynamicAgentLoading"
bench_digitpad_serve "$BENCH_SCRATCH/serve.log"
pid=$BENCH_PID
for kind in png strokes; do
    bench_say "$kind: warm-up $warmup, then $duration sampled at $conns connections"
    bench_wrk "$BENCH_SCRATCH/wrk-$kind-warmup.txt" "$BENCH_URL/api/predict" "$conns" "$warmup" \
        "$BENCH_SCRATCH/$kind-payloads"
    stacks="$BENCH_SCRATCH/$kind-request.collapsed"
    rm -f "$stacks" "$out/$kind-request.html"
    # One sampled run, written in both formats: dump the stacks, then stop into the graph.
    jcmd "$pid" JVMTI.agent_load "$so" "\"start,event=cpu,interval=1ms\"" >/dev/null
    bench_wrk "$BENCH_SCRATCH/wrk-$kind.txt" "$BENCH_URL/api/predict" "$conns" "$duration" \
        "$BENCH_SCRATCH/$kind-payloads"
    jcmd "$pid" JVMTI.agent_load "$so" "\"dump,file=$stacks,collapsed\"" >/dev/null
    jcmd "$pid" JVMTI.agent_load "$so" "\"stop,file=$out/$kind-request.html,minwidth=0.25\"" >/dev/null
    bench_say "$kind: $WRK_RPS req/s while sampled; errors $WRK_ERRORS, wrong $WRK_WRONG"
    echo "where the time goes, $kind requests (each sample in the first group it falls in):"
    awk '{n = $NF; t += n
          if ($0 ~ /DigitRecognizer.serve/) g = "the network (engine thread: DJL, libtorch)"
          else if ($0 ~ /PngDecoder/) g = "PNG decode (PngDecoder: inflate, unfilter)"
          else if ($0 ~ /recognition\/Ink\.render|recognition\/Ink\.paint/) g = "stroke painting (Ink.render, Java2D)"
          else if ($0 ~ /InkCrop/) g = "ink crop (InkCrop: background, box, ink)"
          else if ($0 ~ /StrayMarks/) g = "stray marks"
          else if ($0 ~ /PenWidth|DistanceTransform/) g = "pen correction"
          else if ($0 ~ /Slant/) g = "slant removal"
          else if ($0 ~ /DigitPreprocessor/) g = "the rest of preprocessing (shrinking, final resize, centring)"
          else if ($0 ~ /toPng|ObjectMapper|JsonGenerator|jackson/) g = "the answer, request body (PNG of the input, JSON)"
          else if ($0 ~ /CompileBroker|C2Compiler|C1Compiler/) g = "JIT compiler threads"
          else g = "Jetty, Javalin, kernel, GC, the rest"
          share[g] += n}
         END {for (g in share) printf "%6.1f%%  %s\n", 100 * share[g] / t, g}' "$stacks" | sort -rn
    echo "top frames by own time, $kind requests:"
    awk '{n = $NF; $NF = ""; k = split($0, f, ";"); leaf = f[k]; sub(/ +$/, "", leaf);
          own[leaf] += n; total += n}
         END {for (l in own) printf "%6.1f%%  %s\n", 100 * own[l] / total, l}' \
        "$stacks" | sort -rn | awk 'NR <= 15'
done
bench_stop "$pid"
bench_say "flame graphs in $out; $(bench_load)"
