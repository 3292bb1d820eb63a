package example.tests;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A test that leaves two threads running, which race after it ended, while the next test runs: the race
 * belongs to neither test. Run under weft by {@code JUnitRunIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeakChecks {

    static int leaked;

    @Test
    @Order(1)
    void leavesThreadsBehind() {
        Runnable late = () -> {
            pause(500);
            leaked++;
        };
        new Thread(late, "leaked-1").start();
        new Thread(late, "leaked-2").start();
    }

    @Test
    @Order(2)
    void runsWhileTheyRace() {
        pause(2000);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
