package example.racehunt;

import java.util.concurrent.CyclicBarrier;

/** Workers fill their half of an array; the barrier's action (run by the last to arrive) merges both halves. */
// weft: expect none
public final class BarrierActionMerge {

    private static final int[] HALVES = new int[2];
    private static int merged;

    public static void main(String[] args) throws InterruptedException {
        CyclicBarrier barrier = new CyclicBarrier(2, () -> merged = HALVES[0] + HALVES[1]);
        Runnable[] workers = new Runnable[2];
        for (int w = 0; w < 2; w++) {
            int half = w;
            workers[w] = () -> {
                for (int i = 0; i < 100; i++) {
                    HALVES[half] += i;
                }
                try {
                    barrier.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                System.out.println(Thread.currentThread().getName() + " sees " + merged);
            };
        }
        Threads.runAll(new String[] {"half-0", "half-1"}, workers);
    }
}
