package example.explorehunt;

import java.util.concurrent.CountDownLatch;

/** {@link LatchOnSuccessOnly}'s correct twin: the worker counts down in a {@code finally}, on every path. */
// weft: expect none
public final class LatchInFinally {

    private static volatile String config;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Thread loader = new Thread(() -> config = "port=8080", "loader");
        Thread worker = new Thread(() -> {
            try {
                String seen = config;
                System.out.println(seen == null ? "no configuration yet" : "serving with " + seen);
            } finally {
                started.countDown();
            }
        }, "worker");
        loader.start();
        worker.start();
        started.await();
        loader.join();
        System.out.println("started");
    }
}
