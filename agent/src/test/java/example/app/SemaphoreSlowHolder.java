package example.app;

import java.util.concurrent.Semaphore;

/**
 * A printer shared through a {@code Semaphore} of one permit used as a mutex: a long job holds it for 600 ms and gives
 * it back; a short job waits for it holding the spooler's monitor, for which an auditor waits in turn. A chain of waits,
 * no cycle: nothing to report.
 */
public final class SemaphoreSlowHolder {
    static final Semaphore printer = new Semaphore(1);
    static final Object spooler = new Object();

    static void print(String job, long millis) {
        printer.acquireUninterruptibly();
        try {
            pause(millis);
            System.out.println("printed " + job);
        } finally {
            printer.release();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        print("warm-up", 0);
        Thread longJob = new Thread(() -> print("long", 600), "long-job");
        longJob.start();
        pause(100);
        Thread shortJob = new Thread(() -> {
            synchronized (spooler) {
                print("short", 0);
            }
        }, "short-job");
        shortJob.start();
        pause(100);
        Thread auditor = new Thread(() -> {
            synchronized (spooler) {
                System.out.println("audited");
            }
        }, "auditor");
        auditor.start();
        longJob.join();
        shortJob.join();
        auditor.join();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
