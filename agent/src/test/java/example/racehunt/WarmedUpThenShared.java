package example.racehunt;

/**
 * A cache's hit counter is bumped 300,000 times by one thread alone (the method is compiled by then), and only
 * then does a second thread, which waited by sleeping, start bumping it too.
 */
// weft: expect race example.racehunt.WarmedUpThenShared$Cache.hits threads=warmer,late-client
public final class WarmedUpThenShared {

    static final class Cache {
        int hits;

        void hit() {
            hits++; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Cache cache = new Cache();
        Threads.runAll(new String[] {"warmer", "late-client"},
                () -> {
                    for (int i = 0; i < 300_000; i++) {
                        cache.hit();
                    }
                },
                () -> {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    for (int i = 0; i < 10; i++) {
                        cache.hit();
                    }
                });
        System.out.println("hits " + (cache.hits > 0));
    }
}
