package example.explorehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A lost update under an {@code ExecutorService}: tasks of a two-thread pool count hits in a plain field. */
// weft: expect race example.explorehunt.PooledHitCounter.hits
public final class PooledHitCounter {

    private static int hits;

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 4; i++) {
            pool.execute(() -> hits++);
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("hits " + hits);
    }
}
