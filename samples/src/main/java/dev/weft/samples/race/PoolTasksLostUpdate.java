package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A page-view counter bumped by tasks of a thread pool that {@code main} fires and forgets: it submits one
 * task, goes on with other work for a while, submits another, and only at the end shuts the pool down and
 * waits for it.
 *
 * <p>Each task reads and writes the plain {@code views} field of a shared {@code PageStats}. The pool has
 * two threads and starts a new one for each of the first two tasks, so {@code pool-1} runs the first task
 * and {@code pool-2} the second, most likely long after the first has ended. That changes nothing: a task
 * happens after what was done before its own submission, and before what follows {@code Future.get} or
 * {@code awaitTermination}; two tasks of one pool are not ordered with each other, however far apart they
 * run. {@code main} reads the counter after {@code awaitTermination}, which is ordered after both.
 *
 * <p><b>What weft reports</b>: a race on {@code PageStats.views} between {@code pool-1} and {@code pool-2},
 * both accesses at the {@code views++} line. A detector that orders each task after every task that ended
 * before it began finds it only when the two tasks happen to overlap.
 *
 * <p><b>The fix</b>: {@link AtomicCounter} counts with an atomic; {@link ExecutorHandOff} waits for each
 * task before it uses what the task wrote.
 */
@Sample(
        shows = "Two fire-and-forget tasks of a pool increment a plain counter; the pool orders neither"
                + " task after the other: a data race, even when they run far apart.",
        expect = "race",
        field = "dev.weft.samples.race.PoolTasksLostUpdate$PageStats.views",
        threads = {"pool-1", "pool-2"},
        twin = "AtomicCounter")
public final class PoolTasksLostUpdate {

    private PoolTasksLostUpdate() {
    }

    /** Statistics of one page, updated by the tasks with no synchronization: the bug. */
    static final class PageStats {
        int views;
    }

    public static void main(String[] args) throws InterruptedException {
        PageStats stats = new PageStats();
        ExecutorService pool = Executors.newFixedThreadPool(2, namedThreads("pool-"));
        Runnable visit = () -> {
            for (int i = 0; i < 1_000; i++) {
                stats.views++; // weft: race
            }
        };
        pool.execute(visit);
        Thread.sleep(50); // other work; the first task has long ended
        pool.execute(visit);
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the pool did not terminate");
        }
        System.out.println(stats.views + " views counted, 2000 made");
    }

    private static ThreadFactory namedThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> new Thread(task, prefix + count.incrementAndGet());
    }
}
