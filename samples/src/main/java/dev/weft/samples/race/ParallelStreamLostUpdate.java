package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Events counted by a parallel stream's {@code forEach} into a plain field: the function runs in several
 * threads at once, and each runs {@code processed++} with no synchronization.
 *
 * <p>The stream runs inside a task of a two-thread {@code ForkJoinPool}, so its functions run in that
 * pool's workers, {@code counter-1} and {@code counter-2} (a parallel stream started from a pool's task
 * uses that pool). Each worker passes a start gate on its first event, so that both take part. A parallel
 * stream orders its functions after the caller and before the end of the terminal operation, but not with
 * each other: two runs of the function in different threads are concurrent.
 *
 * <p><b>What weft reports</b>: a race on {@code ParallelStreamLostUpdate.processed} between
 * {@code counter-1} and {@code counter-2}, both accesses at the {@code processed++} line.
 *
 * <p><b>The fix</b>: count with the stream ({@code count()}, {@code sum()}), or with a {@code LongAdder};
 * see {@link ParallelStreamHandOff}.
 */
@Sample(
        shows = "A parallel stream's forEach increments a plain static counter from two threads at once:"
                + " a lost-update data race.",
        expect = "race",
        field = "dev.weft.samples.race.ParallelStreamLostUpdate.processed",
        threads = {"counter-1", "counter-2"},
        twin = "ParallelStreamHandOff")
public final class ParallelStreamLostUpdate {

    private static long processed;

    private ParallelStreamLostUpdate() {
    }

    public static void main(String[] args) throws Exception {
        AtomicInteger workers = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(2, forkJoinPool -> {
            ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(forkJoinPool);
            worker.setName("counter-" + workers.incrementAndGet());
            return worker;
        }, null, false);
        StartGate gate = new StartGate(2);
        ThreadLocal<Boolean> passedGate = ThreadLocal.withInitial(() -> false);
        pool.submit(() -> IntStream.range(0, 50_000).parallel().forEach(event -> {
            if (!passedGate.get()) {
                passedGate.set(true);
                gate.arriveAndAwait();
            }
            processed++; // weft: race
        })).get();
        pool.shutdown();
        System.out.println(processed + " of 50000 events counted");
    }
}
