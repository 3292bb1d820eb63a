package example.racehunt;

import java.util.concurrent.CountDownLatch;

/** The worker counts the latch down in a finally block around the wrong statement: before it stores the report. */
// weft: expect race example.racehunt.LatchCountedTooEarly.report threads=main,worker
public final class LatchCountedTooEarly {

    private static String report;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            String text;
            try {
                text = "report of " + Thread.currentThread().getName();
            } finally {
                done.countDown();
            }
            report = text; // weft: race
        }, "worker");
        worker.start();
        done.await();
        System.out.println("got " + report); // weft: race
        worker.join();
    }
}
