package example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tests that JUnit runs on a thread of its own, explored with {@code weft explore --test}: the model did not see that
 * thread start. The first two count with two threads under a lock (no bug), the third races ({@link LazyRegistry}). Not named {@code *Test}: the agent's own build must not
 * run it.
 */
class OwnThreadChecks {

    private final Object lock = new Object();
    private int count;

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void countsOnASeparateThread() throws Exception {
        countWithTwoThreads();
    }

    @Test
    void countsPreemptively() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), this::countWithTwoThreads);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void racesOnASeparateThread() throws Exception {
        LazyRegistry.main(new String[0]);
    }

    /** Not a test: weft explore --test refuses it. */
    void helper() { }

    private void countWithTwoThreads() throws InterruptedException {
        Thread a = new Thread(this::add);
        Thread b = new Thread(this::add);
        a.start();
        b.start();
        a.join();
        b.join();
        assertEquals(2, count);
    }

    private void add() {
        synchronized (lock) {
            count++;
        }
    }
}
