package example.apphunt;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A print queue whose two printers wait on a {@code Condition} in the loop its Javadoc asks for (a wake-up may be
 * spurious, and {@code awaitNanos} may time out): each re-checks the queue under the lock. Submitters add jobs and
 * {@code signal()}; the last submitter sets {@code closed} and {@code signalAll()}s. Totals are read after the joins.
 */
// weft: expect none
public final class PrintQueueSpuriousAwait {

    static final class Job {
        final String owner;
        int pages;

        Job(String owner, int pages) {
            this.owner = owner;
            this.pages = pages;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private final ArrayDeque<Job> jobs = new ArrayDeque<>();
    private boolean closed;
    private int printedPages;

    Job next() throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(2);
            while (jobs.isEmpty() && !closed) {
                if (nanos <= 0) {
                    nanos = TimeUnit.MILLISECONDS.toNanos(2); // time out, look again: a spurious wake-up by design
                }
                nanos = ready.awaitNanos(nanos);
            }
            return jobs.poll();
        } finally {
            lock.unlock();
        }
    }

    void submit(Job job) {
        lock.lock();
        try {
            jobs.add(job);
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PrintQueueSpuriousAwait queue = new PrintQueueSpuriousAwait();
        Thread[] printers = new Thread[2];
        for (int p = 0; p < printers.length; p++) {
            printers[p] = new Thread(() -> {
                try {
                    for (Job job = queue.next(); job != null; job = queue.next()) {
                        job.pages *= 2; // duplex copies
                        queue.lock.lock();
                        try {
                            queue.printedPages += job.pages;
                        } finally {
                            queue.lock.unlock();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "printer-" + p);
            printers[p].start();
        }
        Thread submitter = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                queue.submit(new Job("desk-" + i % 5, i % 4 + 1));
            }
        }, "submitter");
        submitter.start();
        submitter.join();
        queue.lock.lock();
        try {
            queue.closed = true;
            queue.ready.signalAll();
        } finally {
            queue.lock.unlock();
        }
        for (Thread printer : printers) {
            printer.join();
        }
        System.out.println(queue.printedPages + " pages");
    }
}
