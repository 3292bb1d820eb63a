#!/usr/bin/env bash
# Whole-process cost of weft on a real multi-threaded workload (embedded H2, concurrent SQL):
# runs the workload without the agent and with it, alternately (same machine, same moment),
# and prints the medians of wall time, CPU time (user + system), peak memory, GC pause time and the bytes
# the workload's threads allocated (the program's and weft's: steady from run to run, unlike the peak
# memory, which follows how the collector sized the heap), and their ratios. CPU time is the steadier
# figure when other processes compete for the cores.
#   agent/bench/workload-ratio.sh [runs] [agent options] [threads] [transactions]
# WEFT_AGENT=path/to/weft-agent.jar measures another build of the agent (e.g. to compare two commits).
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
gclog="$(mktemp)"; stdout="$(mktemp)"
trap 'rm -f "$gclog" "$stdout"' EXIT

measure() { # prints: wall_seconds cpu_seconds peak_rss_kb gc_pause_seconds allocated_mb
  local out gc allocated
  out=$( { /usr/bin/time -f "%e %U %S %M" java "-Xlog:gc:file=$gclog" "$@" -cp "$cp" dev.weft.bench.H2Workload "$threads" "$transactions" >"$stdout"; } 2>&1 | tail -n 1)
  gc=$(awk '/Pause/ { sub("ms", "", $NF); s += $NF } END { printf "%.3f", s / 1000 }' "$gclog")
  allocated=$(grep -o 'allocated_mb=[0-9]*' "$stdout" | cut -d= -f2)
  echo "$out $gc ${allocated:-0}" | awk '{ printf "%s %.2f %s %s %s\n", $1, $2 + $3, $4, $5, $6 }'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

plain=(); weft=()
for i in $(seq "$runs"); do
  p=$(measure); w=$(measure "-javaagent:$agent=$options")
  plain+=("$p"); weft+=("$w")
  read -r pt pc pm pg pa <<<"$p"; read -r wt wc wm wg wa <<<"$w"
  echo "run $i: plain ${pt} s (cpu ${pc} s, gc ${pg} s) $((pm / 1024)) MB, allocated ${pa} MB | weft ${wt} s (cpu ${wc} s, gc ${wg} s) $((wm / 1024)) MB, allocated ${wa} MB (load $(cut -d' ' -f1 /proc/loadavg))" >&2
done
col() { printf '%s\n' "$@" | awk -v c="$col" '{print $c}' | median; }
col=1; pt=$(col "${plain[@]}"); wt=$(col "${weft[@]}")
col=2; pc=$(col "${plain[@]}"); wc=$(col "${weft[@]}")
col=3; pm=$(col "${plain[@]}"); wm=$(col "${weft[@]}")
col=4; pg=$(col "${plain[@]}"); wg=$(col "${weft[@]}")
col=5; pa=$(col "${plain[@]}"); wa=$(col "${weft[@]}")
echo "H2 workload, $threads threads x $transactions transactions, $runs runs each, agent options: $options"
awk -v pt="$pt" -v wt="$wt" -v pc="$pc" -v wc="$wc" -v pm="$pm" -v wm="$wm" -v pg="$pg" -v wg="$wg" -v pa="$pa" -v wa="$wa" 'BEGIN {
  printf "median wall time: %.2f s without weft, %.2f s with weft: ratio %.2f\n", pt, wt, wt / pt
  printf "median CPU time:  %.2f s without weft, %.2f s with weft: ratio %.2f\n", pc, wc, wc / pc
  printf "median peak RSS:  %d MB without weft, %d MB with weft: ratio %.2f\n", pm / 1024, wm / 1024, wm / pm
  printf "median allocated: %d MB without weft, %d MB with weft: ratio %.2f\n", pa, wa, (pa > 0 ? wa / pa : 0)
  printf "median GC pauses: %.2f s without weft (%.0f%% of wall), %.2f s with weft (%.0f%%)\n", pg, 100 * pg / pt, wg, 100 * wg / wt }'
