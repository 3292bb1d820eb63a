#!/usr/bin/env bash
# Whole-process cost of weft on a real multi-threaded workload (embedded H2, concurrent SQL):
# runs the workload without the agent and with it, alternately (same machine, same moment),
# and prints the medians of wall time and peak memory and their ratios.
#   agent/bench/workload-ratio.sh [runs] [agent options] [threads] [transactions]
# Build first: mvn -B -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runs=${1:-7}
options=${2:-detect=deadlock}
threads=${3:-4}
transactions=${4:-20000}
cp="$here/target/classes:$here/target/lib/h2.jar"
agent="${WEFT_AGENT:-$here/../target/weft-agent.jar}"
[ -f "$agent" ] && [ -f "$here/target/lib/h2.jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }

measure() { # prints: wall_seconds peak_rss_kb
  local out
  out=$( { /usr/bin/time -f "%e %M" java "$@" -cp "$cp" dev.weft.bench.H2Workload "$threads" "$transactions" >/dev/null; } 2>&1 | tail -n 1)
  echo "$out"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

plain_t=(); plain_m=(); weft_t=(); weft_m=()
for i in $(seq "$runs"); do
  read -r t m < <(measure)
  plain_t+=("$t"); plain_m+=("$m")
  read -r t m < <(measure "-javaagent:$agent=$options")
  weft_t+=("$t"); weft_m+=("$m")
  echo "run $i: plain ${plain_t[-1]} s ${plain_m[-1]} KB | weft ${weft_t[-1]} s ${weft_m[-1]} KB" >&2
done
pt=$(printf '%s\n' "${plain_t[@]}" | median); wt=$(printf '%s\n' "${weft_t[@]}" | median)
pm=$(printf '%s\n' "${plain_m[@]}" | median); wm=$(printf '%s\n' "${weft_m[@]}" | median)
echo "H2 workload, $threads threads x $transactions transactions, $runs runs each, agent options: $options"
awk -v pt="$pt" -v wt="$wt" -v pm="$pm" -v wm="$wm" 'BEGIN {
  printf "median wall time: %.2f s without weft, %.2f s with weft: ratio %.2f\n", pt, wt, wt / pt
  printf "median peak RSS:  %d MB without weft, %d MB with weft: ratio %.2f\n", pm / 1024, wm / 1024, wm / pm }'
