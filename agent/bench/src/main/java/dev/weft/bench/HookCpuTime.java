package dev.weft.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The hooked accesses of {@link FieldAccessBenchmark} timed by the calling thread's CPU time, not by the wall
 * clock: on a machine shared with other work, a thread descheduled half the time doubles JMH's wall-clock scores
 * (and their errors grow larger than the scores), while its CPU time per call stays within a few per cent.
 * Runs each method in rounds of two million calls, three rounds to warm up, and prints the median and the
 * least of the six rounds after them, in nanoseconds a call.
 *
 * <p>{@code java -cp agent/bench/target/benchmarks.jar dev.weft.bench.HookCpuTime}; build it once for each
 * version of the agent to compare, and run them alternately.
 */
public final class HookCpuTime {

    private static final int CALLS = 2_000_000;
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 9;

    private HookCpuTime() { }

    public static void main(String[] args) {
        FieldAccessBenchmark benchmark = new FieldAccessBenchmark();
        benchmark.install();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String method : new String[] {"fieldHooked", "arrayElementHooked", "wideFieldHooked"}) {
            time(threads, benchmark, method);
        }
        benchmark.uninstall();
    }

    /** Each method in a loop of its own, so that the calls are direct, as JMH's are. */
    private static void time(ThreadMXBean threads, FieldAccessBenchmark benchmark, String method) {
        double[] nanos = new double[ROUNDS];
        long sum = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            switch (method) {
                case "fieldHooked" -> {
                    for (int i = 0; i < CALLS; i++) {
                        sum += benchmark.fieldHooked();
                    }
                }
                case "arrayElementHooked" -> {
                    for (int i = 0; i < CALLS; i++) {
                        sum += benchmark.arrayElementHooked();
                    }
                }
                default -> {
                    for (int i = 0; i < CALLS; i++) {
                        sum += benchmark.wideFieldHooked();
                    }
                }
            }
            nanos[round] = (threads.getCurrentThreadCpuTime() - start) / (double) CALLS;
        }
        Arrays.sort(nanos, WARM_UP, ROUNDS);
        System.out.printf("%-20s median %.1f, least %.1f ns a call (thread CPU time; sum %d)%n",
                method, nanos[WARM_UP + (ROUNDS - WARM_UP) / 2], nanos[WARM_UP], sum);
    }
}
