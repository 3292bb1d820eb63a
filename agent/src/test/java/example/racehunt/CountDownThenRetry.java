package example.racehunt;

import java.util.concurrent.CountDownLatch;

/** A loader fills the cache and counts the latch down correctly, then changes the cache's version after countDown. */
// weft: expect race example.racehunt.CountDownThenRetry$Cache.version threads=loader,server
public final class CountDownThenRetry {

    static final class Cache {
        int entries;
        int version;
    }

    public static void main(String[] args) throws InterruptedException {
        Cache cache = new Cache();
        CountDownLatch loaded = new CountDownLatch(1);
        Threads.runAll(new String[] {"loader", "server"},
                () -> {
                    cache.entries = 120;
                    cache.version = 1;
                    loaded.countDown();
                    cache.version = 2; // weft: race
                },
                () -> {
                    try {
                        loaded.await();
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.out.println(cache.entries + " entries, version " + cache.version); // weft: race
                });
    }
}
