/**
 * Small programs with a rare interleaving bug, of the kinds concurrency testers are evaluated on (SCTBench,
 * JaConTeBe, Fray's benchmarks): each runs its scenario once and either deadlocks or ends with an
 * {@link java.lang.AssertionError} from {@code main} (exit status 1) when the bad interleaving happened.
 * Benchmark programs only (for {@code agent/bench/explore-bench.sh}, docs/performance.md): they are not
 * samples, so they have no correct twins.
 */
package dev.weft.bench.bugs;
