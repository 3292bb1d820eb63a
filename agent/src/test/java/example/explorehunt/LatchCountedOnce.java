package example.explorehunt;

import java.util.concurrent.CountDownLatch;

/** {@link LatchCountedTwice} with each loader counting the latch down once, in its {@code finally}. */
// weft: expect none
public final class LatchCountedOnce {

    static String firstPart;
    static String secondPart;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch loaded = new CountDownLatch(2);
        Thread first = new Thread(() -> {
            try {
                firstPart = "header";
            } finally {
                loaded.countDown();
            }
        }, "first-loader");
        Thread second = new Thread(() -> {
            try {
                secondPart = "body";
            } finally {
                loaded.countDown();
            }
        }, "second-loader");
        first.start();
        second.start();
        loaded.await();
        System.out.println(firstPart + " " + secondPart);
        first.join();
        second.join();
    }
}
