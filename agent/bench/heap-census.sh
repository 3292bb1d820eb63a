#!/usr/bin/env bash
# What holds the memory of one run of the H2 workload: at each of the given seconds of the run, a class histogram of
# every object in the heap without a collection (jcmd GC.class_histogram -all), the heap's state and the JVM's native
# memory by category (Native Memory Tracking); at the last of them also a histogram after a full collection (the live
# set; that collection changes the rest of the run's heap sizing). Records the GC log and the process's RSS each second.
#   agent/bench/heap-census.sh AGENT_JAR|none OPTIONS OUT_DIR SECONDS... (THREADS, TRANSACTIONS: 4, 20000 unless set)
# Build first: mvn -B -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -ge 4 ] || { echo "usage: $0 AGENT_JAR|none OPTIONS OUT_DIR SECONDS..." >&2; exit 2; }
jar=$1; options=$2; out=$3; shift 3
last=${*: -1}
cp="$here/target/classes:$here/target/lib/h2.jar"
[ -f "$here/target/lib/h2.jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
agent=(); [ "$jar" = none ] || agent=("-javaagent:$jar=$options")
mkdir -p "$out"

java -XX:NativeMemoryTracking=summary "-Xlog:gc*:file=$out/gc.log" "${agent[@]}" -cp "$cp" \
  dev.weft.bench.H2Workload "${THREADS:-4}" "${TRANSACTIONS:-20000}" >"$out/stdout" 2>"$out/stderr" &
pid=$!
start=$SECONDS
while kill -0 "$pid" 2>/dev/null; do # seconds, peak RSS (kB), RSS (kB)
  awk -v t=$((SECONDS - start)) '/VmHWM/ {h = $2} /VmRSS/ {r = $2} END {if (h) print t, h, r}' "/proc/$pid/status" 2>/dev/null || true
  sleep 1
done >"$out/rss.txt" &
sampler=$!

jcmd_to() { # FILE COMMAND...: a busy machine sometimes refuses an attach; try again
  local file=$1; shift
  for try in 1 2 3; do
    jcmd -J-Dsun.tools.attach.attachTimeout=60000 "$pid" "$@" >"$file" 2>&1 && ! grep -q 'Exception' "$file" && return
    sleep 1
  done
}

for t in "$@"; do
  while [ $((SECONDS - start)) -lt "$t" ]; do kill -0 "$pid" 2>/dev/null || break 2; sleep 1; done
  jcmd_to "$out/nmt-$t.txt" VM.native_memory summary
  jcmd_to "$out/heap-$t.txt" GC.heap_info
  jcmd_to "$out/histogram-$t.txt" GC.class_histogram -all
  if [ "$t" = "$last" ]; then
    jcmd_to "$out/live-$t.txt" GC.class_histogram
    jcmd_to "$out/heap-after-full-gc-$t.txt" GC.heap_info
  fi
done
wait "$pid" || echo "the workload exited with status $?" >&2
wait "$sampler"

echo "$(cat "$out/stdout" | tail -n 1), peak RSS $(sort -n -k2 "$out/rss.txt" | tail -n 1 | awk '{printf "%d MB", $2 / 1024}')"
for f in "$out"/histogram-*.txt "$out"/live-*.txt; do
  [ -f "$f" ] || continue
  echo "== $(basename "$f" .txt): $(awk '/^Total/ {printf "%d objects, %.1f MB", $2, $3 / 1e6}' "$f")"
  awk 'NF >= 4 && $1 ~ /^[0-9]+:$/ && n++ < 12 {printf "  %-60s %9d %8.1f MB\n", $4, $2, $3 / 1e6}' "$f"
done
