package example.exploreshapes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A project's tests of a report job run on a pool, shut down and awaited: one counts rows without a lock. (Not named {@code *Test}.) */
class ReportJobChecks {

    private int rows;

    @Test
    void rowsCountedOnAPool() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            pool.execute(() -> rows++);
        }
        pool.shutdown();
        assertEquals(true, pool.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(2, rows);
    }

    @Test
    void rowsCountedUnderALock() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            pool.execute(() -> {
                synchronized (this) {
                    rows++;
                }
            });
        }
        pool.shutdown();
        assertEquals(true, pool.awaitTermination(5, TimeUnit.SECONDS));
        synchronized (this) {
            assertEquals(2, rows);
        }
    }
}
