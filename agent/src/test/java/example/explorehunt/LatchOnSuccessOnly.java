package example.explorehunt;

import java.util.concurrent.CountDownLatch;

/**
 * A worker counts the latch down only when it found the configuration the loader publishes; when it runs
 * before the loader it returns without counting down, and main waits on the latch forever.
 */
// weft: expect deadlock
public final class LatchOnSuccessOnly {

    private static volatile String config;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Thread loader = new Thread(() -> config = "port=8080", "loader");
        Thread worker = new Thread(() -> {
            String seen = config;
            if (seen == null) {
                return; // the bug: no countDown on this path
            }
            System.out.println("serving with " + seen);
            started.countDown();
        }, "worker");
        loader.start();
        worker.start();
        started.await();
        System.out.println("started");
    }
}
