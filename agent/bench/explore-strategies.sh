#!/usr/bin/env bash
# Iterations to the first bug of weft explore, per program, strategy and seed, on the buggy programs ExploreHuntIT
# explores (example.explorehunt, from the agent's test classes), WarmupLostStop among them.
#   agent/bench/explore-strategies.sh [strategies] [seeds] [programs]
# strategies: --strategy values separated by spaces (default "alternate"); seeds: separated by spaces (default
# "1 2 3"); programs: simple names separated by spaces (default: every program a search of ExploreHuntIT explores, once).
# Each search is weft explore --iterations $ITERATIONS (default 20) --seed K --schedules-per-jvm 10 --no-check-replay.
# Needs the agent and weft built with their test classes (mvn -B -pl agent -am install -DskipTests).
# Output: one tab-separated line per search on stdout: program, strategy, seed, the iteration that found the bug
# (or ">N" when none did; "killed" counts runs killed for making no progress), seconds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
strategies=${1:-alternate}
seeds=${2:-1 2 3}
iterations=${ITERATIONS:-20}
it="$root/agent/src/test/java/dev/weft/agent/it/ExploreHuntIT.java"
programs=${3:-$(grep -o 'new Search("[A-Za-z]*"' "$it" | sed 's/new Search("//; s/"//' | awk '!seen[$0]++' | tr '\n' ' ')}
work="${BENCH_WORK:-$here/target/explore-strategies}"
mkdir -p "$work"
for program in $programs; do
  for strategy in $strategies; do
    for seed in $seeds; do
      out="$work/$program-${strategy//,/+}-$seed" # a comma would split the agent options that name files in it
      rm -rf "$out"
      start=$(date +%s)
      java -jar "$root/analyzer/target/weft.jar" explore --iterations "$iterations" --seed "$seed" --strategy "$strategy" \
        --schedules-per-jvm 10 --no-check-replay --out "$out" --agent "$root/agent/target/weft-agent.jar" \
        -o include=example.explorehunt. -- java -XX:TieredStopAtLevel=1 -cp "$root/agent/target/test-classes" \
        "example.explorehunt.$program" > "$out.txt" 2>&1 || true
      found=$(sed -n 's/^weft explore: found an\{0,1\} [a-z-]* in iteration \([0-9]*\) .*/\1/p' "$out.txt" | head -1)
      killed=$(grep -c "made no progress" "$out.txt" || true)
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$program" "$strategy" "$seed" "${found:->$iterations}" "$killed" "$(( $(date +%s) - start ))"
    done
  done
done
