package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * {@link CacheSweepsFixed} that reports each sweep's count as soon as it started the sweep, without waiting for it.
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
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 40; i++) {
                entries.put("session-" + round + "-" + i, (long) (round * 40 + i));
            }
            Sweep sweep = new Sweep(entries, round * 40L + 20);
            pool.execute(sweep);
            removed += sweep.removed; // weft: race
            sweep.join();
        }
        pool.shutdown();
        System.out.println(removed + " reported, " + entries.size() + " left");
    }
}
