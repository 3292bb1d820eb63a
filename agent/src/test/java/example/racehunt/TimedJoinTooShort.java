package example.racehunt;

import java.util.concurrent.CountDownLatch;

/**
 * Main joins the loader with a timeout that expires while the loader still works (it keeps its connection open until
 * main closes it, after the join), then reads its result.
 */
// weft: expect race example.racehunt.TimedJoinTooShort.rows threads=loader,main
public final class TimedJoinTooShort {

    private static int rows;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch connectionClosed = new CountDownLatch(1);
        Thread loader = new Thread(() -> {
            rows = 42; // weft: race
            awaitQuietly(connectionClosed);
        }, "loader");
        loader.start();
        loader.join(10);
        System.out.println("rows so far " + rows); // weft: race
        connectionClosed.countDown();
        loader.join();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
