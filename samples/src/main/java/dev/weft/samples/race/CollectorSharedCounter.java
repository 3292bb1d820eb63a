package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collector;
import java.util.stream.IntStream;

/**
 * A collector made with {@link Collector#of} whose accumulator also counts the elements in one plain
 * field: a parallel stream runs the accumulator in several threads at once.
 *
 * <p>The stream runs inside a task of a two-thread {@code ForkJoinPool}, so its functions run in that
 * pool's workers, {@code collector-1} and {@code collector-2}; each passes a start gate on its first
 * element, so that both take part. Each thread accumulates into a container of its own, which is safe;
 * the count is shared.
 *
 * <p><b>What weft reports</b>: a race on {@code CollectorSharedCounter.accumulated} between
 * {@code collector-1} and {@code collector-2}, both at the {@code accumulated++} line.
 *
 * <p><b>The fix</b>: count in the container, or use the list's size; see {@link ParallelCollectorHandOff}.
 */
@Sample(
        shows = "The accumulator of a Collector.of, run by a parallel stream, counts into a plain static"
                + " field from two threads at once: a lost-update data race.",
        expect = "race",
        field = "dev.weft.samples.race.CollectorSharedCounter.accumulated",
        threads = {"collector-1", "collector-2"},
        twin = "ParallelCollectorHandOff")
public final class CollectorSharedCounter {

    private static long accumulated;

    private CollectorSharedCounter() {
    }

    public static void main(String[] args) throws Exception {
        AtomicInteger workers = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(2, forkJoinPool -> {
            ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(forkJoinPool);
            worker.setName("collector-" + workers.incrementAndGet());
            return worker;
        }, null, false);
        StartGate gate = new StartGate(2);
        ThreadLocal<Boolean> passedGate = ThreadLocal.withInitial(() -> false);
        Collector<Integer, List<Integer>, List<Integer>> toList = Collector.of(ArrayList::new, (list, element) -> {
            if (!passedGate.get()) {
                passedGate.set(true);
                gate.arriveAndAwait();
            }
            accumulated++; // weft: race
            list.add(element);
        }, (left, right) -> {
            left.addAll(right);
            return left;
        });
        List<Integer> collected = pool.submit(() -> IntStream.range(0, 50_000).boxed().parallel().collect(toList)).get();
        pool.shutdown();
        System.out.println(collected.size() + " collected, " + accumulated + " counted");
    }
}
