package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A CDN edge counts hits per path: request tasks make each path's counter once with {@code computeIfAbsent} and bump
 * it under the counter's own monitor, and record new paths in a {@code ConcurrentHashMap.keySet(Boolean.TRUE)} view
 * (whose {@code add} puts into the map); a purge task walks the view and reads the counters under their monitors.
 * The edge waits for every task's future and reads all counts.
 */
// weft: expect none
public final class HitCountersKeySetView {

    static final class Counter {
        final String path;
        long hits;
        long bytes;
        String lastClient;

        Counter(String path) {
            this.path = path;
        }
    }

    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Boolean> seenPaths = new ConcurrentHashMap<>();
        Set<String> seen = seenPaths.keySet(Boolean.TRUE);
        ExecutorService edge = Executors.newFixedThreadPool(3, new NamedThreads("edge"));
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int client = t;
            work.add(edge.submit(() -> {
                for (int r = 0; r < 200; r++) {
                    String path = "/assets/" + (r * 13 + client) % 40 + ".js";
                    Counter counter = counters.computeIfAbsent(path, Counter::new);
                    synchronized (counter) {
                        counter.hits++;
                        counter.bytes += 512 + r;
                        counter.lastClient = "client-" + client;
                    }
                    seen.add(path);
                }
            }));
        }
        work.add(edge.submit(() -> {
            long total = 0;
            for (String path : seen) {
                Counter counter = counters.get(path);
                synchronized (counter) {
                    total += counter.hits + counter.lastClient.length();
                }
            }
            return total;
        }));
        for (Future<?> future : work) {
            future.get();
        }
        edge.shutdown();
        long hits = 0;
        for (Counter counter : counters.values()) {
            hits += counter.hits + counter.bytes + counter.lastClient.length();
        }
        System.out.println(seen.size() + " paths, " + hits);
    }
}
