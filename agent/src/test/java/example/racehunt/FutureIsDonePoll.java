package example.racehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Main polls Future.isDone() and, once it is true, reads the plain field the task wrote, without calling get. */
// weft: expect none
public final class FutureIsDonePoll {

    private static int[] histogram;

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> building = pool.submit(() -> {
            int[] counts = new int[10];
            for (int i = 0; i < 1_000; i++) {
                counts[i % 10]++;
            }
            histogram = counts;
        });
        while (!building.isDone()) {
            Thread.sleep(1);
        }
        System.out.println("bucket 3: " + histogram[3]);
        pool.shutdown();
    }
}
