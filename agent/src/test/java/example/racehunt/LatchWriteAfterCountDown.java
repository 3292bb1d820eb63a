package example.racehunt;

import java.util.concurrent.CountDownLatch;

/**
 * A warm-up task counts the latch down as soon as the cache is loaded, then records how long loading took; main waits on
 * the latch and prints the duration. The write comes after {@code countDown()}, so the latch does not order it before
 * main's read.
 */
// weft: expect race example.racehunt.LatchWriteAfterCountDown.loadMillis threads=main,warm-up
public final class LatchWriteAfterCountDown {

    static long loadMillis;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch loaded = new CountDownLatch(1);
        Thread warmUp = new Thread(() -> {
            long start = System.nanoTime();
            long checksum = 0;
            for (int i = 0; i < 10_000; i++) {
                checksum += i % 13;
            }
            loaded.countDown();
            loadMillis = (System.nanoTime() - start) / 1_000_000 + checksum % 2; // weft: race
        }, "warm-up");
        warmUp.start();
        loaded.await();
        System.out.println("cache loaded in " + loadMillis + " ms"); // weft: race
        warmUp.join();
    }
}
