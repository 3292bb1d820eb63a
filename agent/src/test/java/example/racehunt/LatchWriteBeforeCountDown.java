package example.racehunt;

import java.util.concurrent.CountDownLatch;

/** The twin of {@link LatchWriteAfterCountDown}: the warm-up task records the duration before it counts the latch down. */
// weft: expect none
public final class LatchWriteBeforeCountDown {

    static long loadMillis;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch loaded = new CountDownLatch(1);
        Thread warmUp = new Thread(() -> {
            long start = System.nanoTime();
            long checksum = 0;
            for (int i = 0; i < 10_000; i++) {
                checksum += i % 13;
            }
            loadMillis = (System.nanoTime() - start) / 1_000_000 + checksum % 2;
            loaded.countDown();
        }, "warm-up");
        warmUp.start();
        loaded.await();
        System.out.println("cache loaded in " + loadMillis + " ms");
        warmUp.join();
    }
}
