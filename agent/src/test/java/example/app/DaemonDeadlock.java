package example.app;

import java.util.concurrent.CountDownLatch;

/**
 * Two daemon threads deadlock on two monitors while main goes on and ends normally: the JVM exits by
 * itself, so tests can check what weft does at exit ({@code failOn}) and when it reported the deadlock.
 * Prints {@code forming-at=<epoch millis>} once both threads hold their first lock.
 */
public final class DaemonDeadlock {

    public static void main(String[] args) throws Exception {
        Object left = new Object();
        Object right = new Object();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        start("daemon-a", left, right, bothHoldOne);
        start("daemon-b", right, left, bothHoldOne);
        bothHoldOne.await();
        System.out.println("forming-at=" + System.currentTimeMillis());
        Thread.sleep(Long.parseLong(args.length > 0 ? args[0] : "1500"));
        System.out.println("main done");
    }

    private static void start(String name, Object first, Object second, CountDownLatch bothHoldOne) {
        Thread thread = new Thread(() -> {
            synchronized (first) {
                bothHoldOne.countDown();
                awaitQuietly(bothHoldOne);
                synchronized (second) {
                    System.out.println("unreachable");
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
