package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * {@link CacheSweepsFixed} that reports each sweep's count as soon as it started the sweep, without waiting for it.
 * (A {@code join()} from outside the pool may take a sweep no worker has taken yet off the queue and run it in
 * {@code main}, after the read: then that round has no race. On a loaded machine every round of five went that way
 * once; twenty rounds, each pausing before the read, leave a worker the time to take some.)
 */
// weft: expect race example.apphunt.CacheSweeps$Sweep.removed threads=main,ForkJoinPool-*-worker-*
public final class CacheSweeps {

    static final class Sweep extends ForkJoinTask<Void> {
        private final ConcurrentHashMap<String, Long> entries;
        private final long now;
        private int removed;

        Sweep(ConcurrentHashMap<String, Long> entries, long now) {
            this.entries = entries;
            this.now = now;
        }

        @Override
        public Void getRawResult() {
            return null;
        }

        @Override
        protected void setRawResult(Void value) {
        }

        @Override
        protected boolean exec() {
            for (String key : entries.keySet()) {
                Long expiresAt = entries.get(key);
                if (expiresAt != null && expiresAt < now && entries.remove(key, expiresAt)) {
                    removed++; // weft: race
                }
            }
            return true;
        }
    }

    public static void main(String[] args) {
        ConcurrentHashMap<String, Long> entries = new ConcurrentHashMap<>();
        ForkJoinPool pool = new ForkJoinPool(2);
        int removed = 0;
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 40; i++) {
                entries.put("session-" + round + "-" + i, (long) (round * 40 + i));
            }
            Sweep sweep = new Sweep(entries, round * 40L + 20);
            pool.execute(sweep);
            pause(); // no ordering: gives a worker the time to take the sweep before join() could run it in main
            removed += sweep.removed; // weft: race
            sweep.join();
        }
        pool.shutdown();
        System.out.println(removed + " reported, " + entries.size() + " left");
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
