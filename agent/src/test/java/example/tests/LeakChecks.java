package example.tests;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A test that leaves two threads running, which race after it ended, while the next test runs: the race
 * belongs to neither test. The threads wait until the next test has started (not for a time a loaded machine
 * may stretch past it). Run under weft by {@code JUnitRunIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeakChecks {

    static int leaked;
    private static final CountDownLatch NEXT_TEST_STARTED = new CountDownLatch(1);

    @Test
    @Order(1)
    void leavesThreadsBehind() {
        Runnable late = () -> {
            awaitNextTest();
            leaked++;
        };
        new Thread(late, "leaked-1").start();
        new Thread(late, "leaked-2").start();
    }

    @Test
    @Order(2)
    void runsWhileTheyRace() throws InterruptedException {
        NEXT_TEST_STARTED.countDown();
        Thread.sleep(2000);
    }

    private static void awaitNextTest() {
        try {
            NEXT_TEST_STARTED.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
