package example.explorehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link PooledHitCounter}'s correct twin: the hits are an {@code AtomicInteger}, read after {@code awaitTermination}. */
// weft: expect none
public final class PooledHitCounterAtomic {

    private static final AtomicInteger HITS = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 4; i++) {
            pool.execute(HITS::incrementAndGet);
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("hits " + HITS.get());
    }
}
