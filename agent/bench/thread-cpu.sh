#!/usr/bin/env bash
# CPU time of one H2 workload run by group of threads (the workload's tellers, the JIT compilers, the
# collector, the main thread...), read from /proc every 0.1 s while the run lasts: tells the work done in
# the program's threads (with weft's hooks) from what the JVM does around it (compiling, collecting).
#   agent/bench/thread-cpu.sh AGENT_JAR|none OPTIONS [threads] [transactions] [extra JVM flags...]
# Build first: mvn -B -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -ge 2 ] || { echo "usage: $0 AGENT_JAR|none OPTIONS [threads] [transactions] [JVM flags...]" >&2; exit 2; }
jar=$1; options=$2; threads=${3:-4}; transactions=${4:-5000}; shift $(( $# < 4 ? $# : 4 ))
[ -f "$here/target/lib/h2.jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
agent=(); [ "$jar" != none ] && agent=("-javaagent:$jar=$options")
snapshots="$(mktemp)"; stdout="$(mktemp)"
trap 'rm -f "$snapshots" "$stdout"' EXIT
java "$@" "${agent[@]}" -cp "$here/target/classes:$here/target/lib/h2.jar" dev.weft.bench.H2Workload "$threads" "$transactions" >"$stdout" 2>/dev/null &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
  for task in /proc/"$pid"/task/*; do
    name=$(cat "$task/comm" 2>/dev/null) || continue
    ticks=$(cut -d' ' -f14,15 "$task/stat" 2>/dev/null) || continue
    echo "${task##*/}|$name|$ticks"
  done >>"$snapshots"
  sleep 0.1
done
wait "$pid" || true
# the last reading of each thread (its largest), summed by name without the trailing number
awk -F'|' '{ split($3, t, " "); v = (t[1] + t[2]) / 100; if (v > last[$1]) last[$1] = v; name[$1] = $2 }
  END { for (k in last) { n = name[k]; sub(/[#0-9]+$/, "", n); cpu[n] += last[k]; total += last[k] }
        for (n in cpu) if (cpu[n] >= 0.05) printf "%8.2f s  %s\n", cpu[n], n; printf "%8.2f s  %s\n", total, "(all threads)" }' \
  "$snapshots" | sort -rn
tail -n 1 "$stdout"
