package example.apphunt;

import java.util.concurrent.CountDownLatch;

/**
 * A benchmark harness, as {@link RaceStartGateLatch}, but {@code main} sets the iteration count after it opened the
 * start gate: the runners read it unordered.
 */
// weft: expect race example.apphunt.RaceStartGateLatchLate$Settings.iterations threads=main,runner-*
public final class RaceStartGateLatchLate {

    static final class Settings {
        int iterations = 1_000;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = new Settings();
        CountDownLatch startGate = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(2);
        long[] sums = new long[2];
        for (int r = 0; r < 2; r++) {
            int runner = r;
            new Thread(() -> {
                try {
                    startGate.await();
                    Thread.sleep(10);
                    int iterations = settings.iterations; // weft: race
                    for (int i = 0; i < iterations; i++) {
                        sums[runner] += i % 3;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finish.countDown();
                }
            }, "runner-" + r).start();
        }
        startGate.countDown();
        settings.iterations = 50_000; // weft: race
        finish.await();
        System.out.println(sums[0] + sums[1]);
    }
}
