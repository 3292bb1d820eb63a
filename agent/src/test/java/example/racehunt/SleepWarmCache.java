package example.racehunt;

/** A reporter sleeps to let the warmer fill the cache first, then reads its size: sleeping orders nothing. */
// weft: expect race example.racehunt.SleepWarmCache$Cache.entries threads=warmer,reporter
public final class SleepWarmCache {

    static final class Cache {
        int entries;
    }

    public static void main(String[] args) throws InterruptedException {
        Cache cache = new Cache();
        Threads.runAll(new String[] {"warmer", "reporter"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        cache.entries = i + 1; // weft: race
                    }
                },
                () -> {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.out.println("entries " + cache.entries); // weft: race
                });
    }
}
