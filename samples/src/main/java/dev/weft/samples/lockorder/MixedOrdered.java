package dev.weft.samples.lockorder;

import dev.weft.samples.Sample;
import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The correct twin of {@link MixedInversion}: a producer and a reporter both take the job queue's monitor
 * before the statistics' {@code ReentrantLock}.
 *
 * <p>One order for the pair, across the two kinds of lock: the lock-order graph has no cycle.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "A producer and a reporter both lock a queue's monitor, then a ReentrantLock: one lock order,"
                + " no potential deadlock.",
        expect = "none",
        twin = "MixedInversion")
public final class MixedOrdered {

    private MixedOrdered() {
    }

    private static final ArrayDeque<String> queue = new ArrayDeque<>();
    private static final ReentrantLock statsLock = new ReentrantLock();
    private static long enqueued;
    private static String lastReport = "";

    public static void main(String[] args) throws InterruptedException {
        Thread producer = new Thread(() -> enqueue("job-1"), "producer");
        Thread reporter = new Thread(() -> {
            Pause.sleep(Pause.STAGGER_MILLIS);
            report();
        }, "reporter");
        producer.start();
        reporter.start();
        producer.join();
        reporter.join();
        System.out.println(lastReport);
    }

    /** Enqueues a job and counts it: queue monitor, then statistics lock. */
    static void enqueue(String job) {
        synchronized (queue) {
            queue.add(job);
            statsLock.lock();
            try {
                enqueued++;
            } finally {
                statsLock.unlock();
            }
        }
    }

    /** Reports the statistics and the queue's length: queue monitor, then statistics lock: the fix. */
    static void report() {
        synchronized (queue) {
            statsLock.lock();
            try {
                lastReport = "enqueued=" + enqueued + " waiting=" + queue.size();
            } finally {
                statsLock.unlock();
            }
        }
    }
}
