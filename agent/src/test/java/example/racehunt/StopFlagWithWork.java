package example.racehunt;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * A compaction worker loops until a plain {@code stopped} flag is set, doing real work each round (merging segments of
 * its own queue); the shutdown thread sets the flag with no {@code volatile} and no lock.
 */
// weft: expect race example.racehunt.StopFlagWithWork$Compactor.stopped threads=compactor,shutdown
public final class StopFlagWithWork {

    static final class Compactor implements Runnable {
        boolean stopped;
        long merged;

        @Override
        public void run() {
            Queue<int[]> segments = new ArrayDeque<>();
            for (int round = 0; !stopped && round < 200_000; round++) { // weft: race
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
        Thread shutdown = new Thread(() -> compactor.stopped = true, "shutdown"); // weft: race
        worker.start();
        shutdown.start();
        shutdown.join();
        worker.join();
        System.out.println("merged " + compactor.merged);
    }
}
