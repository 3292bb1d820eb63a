package example.explorehunt;

import java.util.concurrent.Semaphore;

/**
 * A connection limit of two permits, and bulk jobs that need two connections and take them one at a time:
 * when each of two jobs has taken one permit, both wait for the second forever.
 */
// weft: expect deadlock
public final class BulkPermits {

    private static final Semaphore CONNECTIONS = new Semaphore(2);

    static void bulkCopy() {
        try {
            CONNECTIONS.acquire(); // the source
            CONNECTIONS.acquire(); // the target
            try {
                System.out.println(Thread.currentThread().getName() + " copied");
            } finally {
                CONNECTIONS.release(2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread nightly = new Thread(BulkPermits::bulkCopy, "nightly");
        Thread adHoc = new Thread(BulkPermits::bulkCopy, "ad-hoc");
        nightly.start();
        adHoc.start();
        nightly.join();
        adHoc.join();
    }
}
