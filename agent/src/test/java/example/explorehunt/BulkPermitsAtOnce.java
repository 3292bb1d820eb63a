package example.explorehunt;

import java.util.concurrent.Semaphore;

/** {@link BulkPermits}'s correct twin: a job takes both permits in one {@code acquire(2)}. */
// weft: expect none
public final class BulkPermitsAtOnce {

    private static final Semaphore CONNECTIONS = new Semaphore(2);

    static void bulkCopy() {
        try {
            CONNECTIONS.acquire(2);
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
        Thread nightly = new Thread(BulkPermitsAtOnce::bulkCopy, "nightly");
        Thread adHoc = new Thread(BulkPermitsAtOnce::bulkCopy, "ad-hoc");
        nightly.start();
        adHoc.start();
        nightly.join();
        adHoc.join();
    }
}
