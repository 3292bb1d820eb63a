package example.explorehunt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;

/**
 * The twin of {@link SpoolSemaphoresSwapped}: the producer waits for a free slot first, then takes the mutex only to
 * add its job, as the printer does for its own.
 */
// weft: expect none
public final class SpoolSemaphoresOrdered {

    static final int SLOTS = 2;
    static final int JOBS = 4;

    final Deque<String> jobs = new ArrayDeque<>();
    final Semaphore mutex = new Semaphore(1);
    final Semaphore free = new Semaphore(SLOTS);
    final Semaphore queued = new Semaphore(0);

    void submit(String job) throws InterruptedException {
        free.acquire();
        mutex.acquire();
        jobs.addLast(job);
        mutex.release();
        queued.release();
    }

    String print() throws InterruptedException {
        queued.acquire();
        mutex.acquire();
        String job = jobs.removeFirst();
        mutex.release();
        free.release();
        return job;
    }

    public static void main(String[] args) throws InterruptedException {
        SpoolSemaphoresOrdered spool = new SpoolSemaphoresOrdered();
        Thread office = new Thread(() -> {
            try {
                for (int i = 0; i < JOBS; i++) {
                    spool.submit("job-" + i);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "office");
        Thread printer = new Thread(() -> {
            try {
                for (int i = 0; i < JOBS; i++) {
                    System.out.println("printed " + spool.print());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "printer");
        office.start();
        printer.start();
        office.join();
        printer.join();
    }
}
