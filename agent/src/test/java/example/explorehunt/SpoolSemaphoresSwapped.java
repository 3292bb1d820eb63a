package example.explorehunt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;

/**
 * A print spool of two slots guarded by three semaphores, the textbook bounded buffer, but the producer takes the
 * mutex before it waits for a free slot: with the spool full, it holds the mutex while it waits, and the printer,
 * which would free a slot, waits for the mutex (deadlock).
 */
// weft: expect deadlock
public final class SpoolSemaphoresSwapped {

    static final int SLOTS = 2;
    static final int JOBS = 4;

    final Deque<String> jobs = new ArrayDeque<>();
    final Semaphore mutex = new Semaphore(1);
    final Semaphore free = new Semaphore(SLOTS);
    final Semaphore queued = new Semaphore(0);

    void submit(String job) throws InterruptedException {
        mutex.acquire(); // the bug: waits for a free slot below holding the mutex
        free.acquire();
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
        SpoolSemaphoresSwapped spool = new SpoolSemaphoresSwapped();
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
