package example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tests as a project would write them, run under weft by {@code JUnitRunIT}: one races, one deadlocks,
 * the others are correct. (Not named {@code *Test}: the agent's own build must not run them.)
 */
class CounterChecks {

    static final class Counter {
        int value;
    }

    @Test
    @DisplayName("two threads count without a lock")
    void racyIncrement() throws InterruptedException {
        Counter counter = new Counter();
        Thread a = new Thread(() -> counter.value++); // weft: race
        Thread b = new Thread(() -> counter.value++);
        a.start();
        b.start();
        a.join();
        b.join();
    }

    @Test
    void lockedIncrement() throws InterruptedException {
        Counter counter = new Counter();
        Runnable increment = () -> {
            synchronized (counter) {
                counter.value++;
            }
        };
        Thread a = new Thread(increment);
        Thread b = new Thread(increment);
        a.start();
        b.start();
        a.join();
        b.join();
        assertEquals(2, counter.value);
    }

    @Test
    void deadlockingTransfer() throws InterruptedException {
        Object from = new Object();
        Object to = new Object();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread a = new Thread(() -> transfer(from, to, bothHoldOne), "transfer-a");
        Thread b = new Thread(() -> transfer(to, from, bothHoldOne), "transfer-b");
        a.start();
        b.start();
        a.join();
        b.join();
    }

    private static void transfer(Object from, Object to, CountDownLatch bothHoldOne) {
        synchronized (from) {
            bothHoldOne.countDown();
            try {
                bothHoldOne.await();
            } catch (InterruptedException e) {
                return;
            }
            synchronized (to) { // weft: deadlock
                from.notifyAll();
            }
        }
    }

    @Test
    void nestsTwoLocksInOppositeOrders() throws InterruptedException {
        Object first = new Object();
        Object second = new Object();
        Thread a = new Thread(() -> {
            synchronized (first) {
                synchronized (second) { // weft: order
                    first.notifyAll();
                }
            }
        });
        Thread b = new Thread(() -> {
            pause(50); // after a is done, in practice: no deadlock in this run, but one could happen
            synchronized (second) {
                synchronized (first) {
                    second.notifyAll();
                }
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void plainArithmetic() {
        assertEquals(4, 2 + 2);
    }
}
