package example.racehunt;

import java.util.ArrayDeque;
import java.util.Queue;

/** The twin of {@link StopFlagWithWork}: the stop flag is {@code volatile}. */
// weft: expect none
public final class StopFlagWithWorkVolatile {

    static final class Compactor implements Runnable {
        volatile boolean stopped;
        long merged;

        @Override
        public void run() {
            Queue<int[]> segments = new ArrayDeque<>();
            for (int round = 0; !stopped && round < 200_000; round++) {
                segments.add(new int[] {round, round + 1});
                if (segments.size() > 4) {
                    merged += segments.poll()[1] + segments.poll()[0];
                }
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Compactor compactor = new Compactor();
        Thread worker = new Thread(compactor, "compactor");
        Thread shutdown = new Thread(() -> compactor.stopped = true, "shutdown");
        worker.start();
        shutdown.start();
        shutdown.join();
        worker.join();
        System.out.println("merged " + compactor.merged);
    }
}
