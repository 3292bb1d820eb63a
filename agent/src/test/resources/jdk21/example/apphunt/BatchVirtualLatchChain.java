package example.apphunt;

import java.util.concurrent.CountDownLatch;

/**
 * A nightly batch of ten steps, each a virtual thread started with {@code Thread.ofVirtual().start} in reverse
 * order: step {@code i} waits on latch {@code i - 1}, appends its part to the shared plain report and counts down
 * latch {@code i}; {@code main} joins the last step only and reads the report (the latches chain the steps).
 */
// weft: expect none
public final class BatchVirtualLatchChain {

    public static void main(String[] args) throws InterruptedException {
        int steps = 10;
        CountDownLatch[] done = new CountDownLatch[steps];
        for (int i = 0; i < steps; i++) {
            done[i] = new CountDownLatch(1);
        }
        StringBuilder report = new StringBuilder();
        int[] rows = new int[1];
        Thread last = null;
        for (int i = steps - 1; i >= 0; i--) {
            int step = i;
            Thread thread = Thread.ofVirtual().name("step-" + i).start(() -> {
                try {
                    if (step > 0) {
                        done[step - 1].await();
                    }
                    report.append("step ").append(step).append(" after ").append(rows[0]).append('\n');
                    rows[0] += step * 10;
                    done[step].countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            last = last == null ? thread : last;
        }
        last.join();
        System.out.println(rows[0] + " rows, " + report.length() + " chars");
    }
}
