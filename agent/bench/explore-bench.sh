#!/usr/bin/env bash
# Iterations and time to the first bug per program and tool: weft explore (random, pct, alternate), plain repeated
# runs without control (the baseline), and Fray (random, pct) on the same programs, in one run.
#   agent/bench/explore-bench.sh [repeats] [max iterations] [tools] [programs]
# programs: bugs (default: the bug programs of dev.weft.bench.bugs, a deadlock or a failed assertion each),
# samples (every deadlock and race sample of samples/, each with the finding its @Sample expects), or
# comma-separated main classes (bug: a deadlock or a failure), where "bugs" and "samples" may stand among them.
# Everything is prepared on first use from a fresh checkout: weft is built (mvn -B -DskipTests package of the
# agent, the bench and the samples) when its jars are missing, and the Fray side (a Maven Central download of
# Fray 0.9.2 and an instrumented JDK 25 built with jlink) under agent/bench/fray/target. BENCH_PREPARE_ONLY=1
# prepares and exits.
# Results: a Markdown table on stdout and in agent/bench/target/explore-bench/results.md. Environment:
# EXPLORE_ARGS (weft explore flags, default --quantum 1), WEFT_OPTIONS (agent options besides detect=, which
# follows the program's bug; ';'-separated, default none: the programs' own classes are all weft instruments),
# BENCH_WORK (the working directory, default agent/bench/target/explore-bench).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repeats=${1:-5}
max=${2:-200}
tools=${3:-weft-random,weft-pct,weft-alternate,plain,fray-random,fray-pct}
bugs=dev.weft.bench.bugs
programs=${4:-bugs}
bug_programs=$bugs.TransferDeadlock,$bugs.PhilosophersDeadlock,$bugs.LostUpdate,$bugs.Reorder,$bugs.TwoStage,$bugs.WrongLock,$bugs.CheckThenAct,$bugs.DepthThree
programs=$(echo ",$programs," | sed "s/,bugs,/,$bug_programs,/; s/^,//; s/,$//")
classes="$here/target/classes"
samples="$root/samples/target/weft-samples.jar"
built() { [ -f "$root/agent/target/weft-agent.jar" ] && [ -f "$root/analyzer/target/weft.jar" ] && [ -d "$classes/dev/weft/bench/bugs" ] && [ -f "$samples" ]; }
if ! built; then
  echo "building weft (mvn -B -DskipTests package of the agent, the bench and the samples)" >&2
  (cd "$root" && mvn -B -q -DskipTests package -pl agent,agent/bench,samples -am) || { echo "the build of weft failed" >&2; exit 2; }
fi

fray="$here/fray/target"
if [[ "$tools" == *fray* ]]; then
  # Fray needs JDK 25: the one installed beside the default JDK (as NewerJdkIT finds it), or JDK25_HOME.
  java_home=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.home/ {print $2}')
  jdk25=${JDK25_HOME:-}
  if [ -z "$jdk25" ]; then
    for candidate in "$(dirname "$java_home")"/*; do
      if [ -x "$candidate/bin/jlink" ] && "$candidate/bin/java" -version 2>&1 | grep -q '"25'; then jdk25=$candidate; break; fi
    done
  fi
  [ -n "$jdk25" ] || { echo "Fray needs a JDK 25 (set JDK25_HOME) or leave fray-* out of the tools" >&2; exit 2; }
  [ -d "$fray/lib" ] || mvn -B -q -f "$here/fray/pom.xml" initialize
  if [ ! -x "$fray/java/bin/java" ]; then
    # Fray's own Maven plugin downloads a JDK from outside Maven Central and links from its jmods; here the
    # same jlink step (with Fray's jlink plugin) runs on the local JDK 25, from its jmods when it has
    # them, else from its run-time image (JEP 493: every module but jdk.jlink and jdk.jpackage).
    lib="$fray/lib"
    cp=$(printf '%s:' "$lib"/fray-instrumentation-jdk.jar "$lib"/fray-instrumentation-base.jar "$lib"/fray-runtime.jar \
      "$lib"/asm.jar "$lib"/asm-tree.jar "$lib"/asm-commons.jar "$lib"/asm-util.jar "$lib"/asm-analysis.jar \
      "$lib"/kotlin-stdlib.jar "$lib"/kotlin-reflect.jar)
    cp=${cp%:}
    if [ -d "$jdk25/jmods" ]; then
      modules=(--module-path="$jdk25/jmods" --add-modules=ALL-MODULE-PATH)
    else
      modules=(--add-modules="$("$jdk25/bin/java" --list-modules | sed 's/@.*//' | grep -v -E '^jdk\.(jlink|jpackage)$' | paste -sd, -)")
    fi
    echo "building Fray's instrumented JDK from $jdk25 (about a minute)" >&2
    "$jdk25/bin/jlink" -J-javaagent:"$lib/fray-instrumentation-jdk.jar" -J--module-path="$cp" \
      -J--add-modules=org.pastalab.fray.instrumentation.jdk -J--class-path="$cp" --output="$fray/java" "${modules[@]}" \
      --release-info add:IMPLEMENTOR=Fray --fray-instrumentation >/dev/null
  fi
  [ -f "$fray/jvmti/libjvmti.so" ] || { mkdir -p "$fray/jvmti" && (cd "$fray/jvmti" && "$jdk25/bin/jar" xf "$fray/lib/fray-jvmti-linux-x8664.jar"); }
fi

[ -n "${BENCH_PREPARE_ONLY:-}" ] && { echo "prepared: weft's jars and ${tools//,/ }" >&2; exit 0; }

# the jars and programs are copied, so that a build during the benchmark does not change what it measures
work="${BENCH_WORK:-$here/target/explore-bench}"
mkdir -p "$work/weft/agent/target" "$work/weft/analyzer/target" "$work/classes"
cp "$root/agent/target/weft-agent.jar" "$work/weft/agent/target/"
cp "$root/analyzer/target/weft.jar" "$work/weft/analyzer/target/"
cp -r "$classes/." "$work/classes/"
cp "$samples" "$work/"
classes="$work/classes"
samples="$work/weft-samples.jar"
# the bug programs go in a jar, as an application's classes would: a JVM shares classes from jars only
(cd "$classes" && jar cf "$work/bugs.jar" dev/weft/bench/bugs)
# the benchmark reads the samples' annotations with weft's own SampleCatalog, from the CLI jar
java -cp "$classes:$work/weft/analyzer/target/weft.jar" dev.weft.bench.ExploreBenchmark root="$work/weft" \
  classpath="$work/bugs.jar:$samples" programs="$programs" samples="$samples" tools="$tools" repeats="$repeats" max="$max" \
  fray="$fray" work="$work" exploreArgs="${EXPLORE_ARGS:---quantum 1}" weftOptions="${WEFT_OPTIONS:-}"
