#!/usr/bin/env bash
# Two builds of the agent side by side on the H2 workload: runs them alternately (A, B, A, B, ...), prints
# each pair, then the medians of wall time, CPU time (user + system), peak RSS and the bytes the workload's
# threads allocated, and B's ratio to A. Use it to tell what a change did: keep a copy of the old jar.
#   agent/bench/compare-agents.sh PAIRS OPTIONS JAR_A JAR_B [threads] [transactions]
# Build first: mvn -B -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -ge 4 ] || { echo "usage: $0 PAIRS OPTIONS JAR_A JAR_B [threads] [transactions]" >&2; exit 2; }
pairs=$1; options=$2; a=$3; b=$4; threads=${5:-4}; transactions=${6:-20000}
cp="$here/target/classes:$here/target/lib/h2.jar"
for jar in "$a" "$b"; do [ -f "$jar" ] || { echo "no such agent jar: $jar" >&2; exit 2; }; done
[ -f "$here/target/lib/h2.jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
times="$(mktemp)"; stdout="$(mktemp)"
trap 'rm -f "$times" "$stdout"' EXIT

run() { # prints: wall_seconds cpu_seconds peak_rss_mb allocated_mb
  /usr/bin/time -o "$times" -f "%e %U %S %M" java "-javaagent:$1=$options" -cp "$cp" dev.weft.bench.H2Workload "$threads" "$transactions" >"$stdout" 2>/dev/null
  local allocated; allocated=$(grep -o 'allocated_mb=[0-9]*' "$stdout" | cut -d= -f2)
  tail -n 1 "$times" | awk -v al="${allocated:-0}" '{ printf "%.2f %.2f %d %s\n", $1, $2 + $3, $4 / 1024, al }'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

A=(); B=()
for i in $(seq "$pairs"); do
  x=$(run "$a"); y=$(run "$b"); A+=("$x"); B+=("$y")
  echo "pair $i: A $x | B $y (wall s, cpu s, peak RSS MB, allocated MB; load $(cut -d' ' -f1 /proc/loadavg))" >&2
done
echo "H2 workload, $threads threads x $transactions transactions, $pairs pairs, agent options: $options"
names=(x "wall time (s)" "CPU time (s)" "peak RSS (MB)" "allocated (MB)")
for c in 1 2 3 4; do
  ma=$(printf '%s\n' "${A[@]}" | awk -v c=$c '{print $c}' | median)
  mb=$(printf '%s\n' "${B[@]}" | awk -v c=$c '{print $c}' | median)
  awk -v n="${names[$c]}" -v a="$ma" -v b="$mb" 'BEGIN { printf "median %-15s A %s, B %s: B/A %.3f\n", n, a, b, b / a }'
done
