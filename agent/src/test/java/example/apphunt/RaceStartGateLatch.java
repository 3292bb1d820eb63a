package example.apphunt;

import java.util.concurrent.CountDownLatch;

/**
 * A benchmark harness: runner threads wait at a {@code CountDownLatch} start gate; {@code main} writes the run's
 * settings (plain fields) and opens the gate; each runner reads the settings, times its work into its own slot and
 * counts down a finish latch, after whose {@code await} {@code main} reads the slots.
 */
// weft: expect none
public final class RaceStartGateLatch {

    static final class Settings {
        int iterations;
        String label;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = new Settings();
        CountDownLatch startGate = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(4);
        long[] sums = new long[4];
        String[] labels = new String[4];
        for (int r = 0; r < 4; r++) {
            int runner = r;
            new Thread(() -> {
                try {
                    startGate.await();
                    long sum = 0;
                    for (int i = 0; i < settings.iterations; i++) {
                        sum += i % (runner + 2);
                    }
                    sums[runner] = sum;
                    labels[runner] = settings.label + "#" + runner;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finish.countDown();
                }
            }, "runner-" + r).start();
        }
        settings.iterations = 50_000;
        settings.label = "warm";
        startGate.countDown();
        finish.await();
        System.out.println(labels[3] + " " + (sums[0] + sums[1] + sums[2] + sums[3]));
    }
}
