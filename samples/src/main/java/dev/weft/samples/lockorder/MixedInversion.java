package dev.weft.samples.lockorder;

import dev.weft.samples.Sample;
import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A job queue guarded by its monitor ({@code synchronized}) and statistics guarded by a
 * {@code ReentrantLock}, taken in opposite orders by two threads: a potential deadlock across the two
 * kinds of lock.
 *
 * <p>{@code producer} enqueues a job: inside {@code synchronized (queue)} it locks the statistics to count
 * it. {@code reporter}, alive at the same time, starts a quarter of a second later: holding the statistics
 * lock it enters {@code synchronized (queue)} to read the queue's length. The producer is done by then,
 * so the run finishes; but nothing orders the two, and a producer paused between its two acquisitions
 * would leave each thread waiting for the other's lock forever.
 *
 * <p><b>What weft reports</b>: a {@code lock-order} inversion (potential deadlock) of the queue's monitor
 * and the {@code ReentrantLock} between {@code producer} and {@code reporter}.
 *
 * <p><b>The fix</b>: {@link MixedOrdered} lets the reporter take the queue's monitor first, like the
 * producer.
 */
@Sample(
        shows = "A producer locks a queue's monitor then a ReentrantLock, a reporter a moment later the"
                + " ReentrantLock then the monitor: a potential deadlock across both kinds of lock.",
        expect = "lock-order",
        threads = {"producer", "reporter"},
        twin = "MixedOrdered")
public final class MixedInversion {

    private MixedInversion() {
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
        synchronized (queue) { // weft: holds
            queue.add(job);
            statsLock.lock(); // weft: order
            try {
                enqueued++;
            } finally {
                statsLock.unlock();
            }
        }
    }

    /** Reports the statistics and the queue's length: statistics lock, then queue monitor: the bug. */
    static void report() {
        statsLock.lock(); // weft: holds
        try {
            synchronized (queue) { // weft: order
                lastReport = "enqueued=" + enqueued + " waiting=" + queue.size();
            }
        } finally {
            statsLock.unlock();
        }
    }
}
