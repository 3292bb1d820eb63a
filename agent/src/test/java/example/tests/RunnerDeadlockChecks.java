package example.tests;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A test whose own thread is in the deadlock it causes. Run under weft by {@code JUnitRunIT}. */
class RunnerDeadlockChecks {

    @Test
    void deadlocksItsOwnThread() throws InterruptedException {
        Object account = new Object();
        Object ledger = new Object();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        new Thread(() -> {
            synchronized (ledger) {
                bothHoldOne.countDown();
                await(bothHoldOne);
                synchronized (account) {
                    ledger.notifyAll();
                }
            }
        }, "auditor").start();
        synchronized (account) {
            bothHoldOne.countDown();
            await(bothHoldOne);
            synchronized (ledger) { // weft: deadlock
                account.notifyAll();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
