#!/usr/bin/env bash
# JMH benchmarks of the recognition path (single image): bench/jmh.sh [JMH arguments]
# Without arguments: every benchmark, 1 fork, 3 warm-up and 5 measured iterations of 2 s each.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
[ $# -gt 0 ] || set -- 'io.digitpad.bench.*' -f 1 -wi 3 -w 2s -i 5 -r 2s
java -Dai.djl.offline=true -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.openjdk.jmh.Main "$@"
