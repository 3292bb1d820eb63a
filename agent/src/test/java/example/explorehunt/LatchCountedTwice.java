package example.explorehunt;

import java.util.concurrent.CountDownLatch;

/**
 * Two loaders count a latch of 2 down as they finish; the first counts down on success and again in its {@code finally},
 * so the latch can open before the second loader has stored its part, which {@code main} then reads without order.
 */
// weft: expect race example.explorehunt.LatchCountedTwice.secondPart
public final class LatchCountedTwice {

    static String firstPart;
    static String secondPart;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch loaded = new CountDownLatch(2);
        Thread first = new Thread(() -> {
            try {
                firstPart = "header";
                loaded.countDown(); // the bug: counted down again in finally
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
