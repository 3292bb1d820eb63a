#!/usr/bin/env bash
# Trace parity audit: runs the test programs of the given packages under the agent with a live report and a
# trace, analyses the trace with `weft analyze`, and prints every finding that is in one report and not the
# other (kind, field or locks, the two sites). Programs run several to a JVM (ProgramsInTurn), those that change
# the JVM (shutdown hooks, System.exit...) one to a JVM, as the ITs run them.
#   agent/bench/trace-parity.sh OUT_DIR [OPTIONS] PACKAGE_DIR...   e.g.
#   agent/bench/trace-parity.sh /tmp/parity detect=race agent/src/test/java/example/racehunt
#   ALONE=1 CP=samples/target/weft-samples.jar agent/bench/trace-parity.sh /tmp/parity onDeadlock=halt samples/src/main/java/dev/weft/samples/deadlock
# An argument that is no directory is a program's class name, run in a JVM of its own. ALONE=1 runs each program in a JVM of its own; AGENT, CLI and CP replace the jars and class path used.
# Needs the agent built with its test classes: mvn -B -o -q -pl agent -am install -DskipTests
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$1"; options="$2"; shift 2
agent="${AGENT:-$home/agent/target/weft-agent.jar}"
cli="${CLI:-$home/analyzer/target/weft.jar}"
cp="${CP:-$home/agent/target/test-classes}:$home/agent/target/test-classes"
mkdir -p "$out"

run_batch() { # NAME PROGRAM...
  local name="$1"; shift
  local dir="$out/$name"
  mkdir -p "$dir"
  timeout 600 java -XX:TieredStopAtLevel=1 "-javaagent:$agent=${options:+$options,}report=$dir/live.json,trace=$dir/run.weft" \
      -cp "$cp" dev.weft.agent.it.ProgramsInTurn "$@" > "$dir/out" 2> "$dir/err" || true
  java -jar "$cli" analyze "$dir/run.weft" --json "$dir/offline.json" > "$dir/analyze.out" 2>&1 || true
  local describe='.findings[] | [.id, .kind, (.field // ([.locks[]?.name] | join(" "))),
      ([.accesses[]?.site, .edges[]?.fromSite, .edges[]?.toSite] | map(select(. != null)) | join(" | "))] | @tsv'
  jq -r "$describe" "$dir/live.json" 2>/dev/null | sort > "$dir/live.tsv" || true
  jq -r "$describe" "$dir/offline.json" 2>/dev/null | sort > "$dir/offline.tsv" || true
  local live offline
  live=$(wc -l < "$dir/live.tsv"); offline=$(wc -l < "$dir/offline.tsv")
  echo "$name: $# programs, live $live, offline $offline"
  join -t $'\t' -v 2 <(cut -f1 "$dir/live.tsv") "$dir/offline.tsv" | sed 's/^/  OFFLINE ONLY\t/'
  join -t $'\t' -v 2 <(cut -f1 "$dir/offline.tsv") "$dir/live.tsv" | sed 's/^/  LIVE ONLY\t/'
}

named=()
for sources in "$@"; do
  if [ ! -d "$sources" ]; then # a program's class name
    named+=("$sources")
    continue
  fi
  pkg=$(sed -n 's/^package \(.*\);/\1/p' "$(ls "$sources"/*.java | head -1)")
  batch=(); single=()
  for f in $(grep -l '^// weft: expect\|public static void main' "$sources"/*.java | sort); do
    grep -q 'public static void main' "$f" || continue
    program="$pkg.$(basename "$f" .java)"
    if [ -n "${ALONE:-}" ] || grep -qE 'addShutdownHook|System\.set(Property|Properties|Out|Err|In)\b|setDefaultUncaughtExceptionHandler|System\.exit|\.halt\(' "$f"; then
      single+=("$program")
    else
      batch+=("$program")
    fi
  done
  size=40
  for ((i = 0; i < ${#batch[@]}; i += size)); do
    run_batch "$(basename "$sources")-$((i / size))" "${batch[@]:i:size}"
  done
  for program in "${single[@]}"; do
    run_batch "${program##*.}" "$program"
  done
done
for program in "${named[@]}"; do
  run_batch "${program##*.}" "$program"
done
