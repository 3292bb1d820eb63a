package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The generator given to {@code Arrays.parallelSetAll} counts its calls in one plain field: the
 * generator runs in several threads at once.
 *
 * <p>The call runs inside a task of a two-thread {@code ForkJoinPool}, so the generator runs in that
 * pool's workers, {@code filler-1} and {@code filler-2}; each passes a start gate on its first element,
 * so that both take part. {@code parallelSetAll} orders its generator after the call and before its
 * return, but not the generator's runs with each other.
 *
 * <p><b>What weft reports</b>: a race on {@code ParallelSetAllCounter.generated} between
 * {@code filler-1} and {@code filler-2}, both at the {@code generated++} line.
 *
 * <p><b>The fix</b>: count afterwards, or with a {@code LongAdder}; see {@link ParallelArraysHandOff}.
 */
@Sample(
        shows = "The generator of Arrays.parallelSetAll counts its calls in a plain static field from two"
                + " threads at once: a lost-update data race.",
        expect = "race",
        field = "dev.weft.samples.race.ParallelSetAllCounter.generated",
        threads = {"filler-1", "filler-2"},
        twin = "ParallelArraysHandOff")
public final class ParallelSetAllCounter {

    private static long generated;

    private ParallelSetAllCounter() {
    }

    public static void main(String[] args) throws Exception {
        AtomicInteger workers = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(2, forkJoinPool -> {
            ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(forkJoinPool);
            worker.setName("filler-" + workers.incrementAndGet());
            return worker;
        }, null, false);
        StartGate gate = new StartGate(2);
        ThreadLocal<Boolean> passedGate = ThreadLocal.withInitial(() -> false);
        long[] squares = new long[50_000];
        pool.submit(() -> Arrays.parallelSetAll(squares, i -> {
            if (!passedGate.get()) {
                passedGate.set(true);
                gate.arriveAndAwait();
            }
            generated++; // weft: race
            return (long) i * i;
        })).get();
        pool.shutdown();
        System.out.println(generated + " generated, last " + squares[squares.length - 1]);
    }
}
