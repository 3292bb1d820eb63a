package example.exploreshapes;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A reader waits at most 50 ms on a condition for the config and ignores that the wait timed out: it reads null and fails. */
// weft: expect failure
public final class AwaitTimeoutIgnored {

    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final Condition LOADED = LOCK.newCondition();
    private static String config;

    public static void main(String[] args) throws InterruptedException {
        Thread reader = new Thread(() -> {
            LOCK.lock();
            try {
                if (config == null) {
                    LOADED.await(50, TimeUnit.MILLISECONDS); // weft: times out early
                }
                System.out.println("config length " + config.length());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                LOCK.unlock();
            }
        }, "reader");
        Thread loader = new Thread(() -> {
            LOCK.lock();
            try {
                config = "mode=fast";
                LOADED.signalAll();
            } finally {
                LOCK.unlock();
            }
        }, "loader");
        reader.start();
        loader.start();
        reader.join();
        loader.join();
    }
}
