package example.apphunt;

import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Racy twin of {@code SearchShardsCompletionAwait}: the front end logs every shard's scan count right after the first
 * answer, before it awaits the pool, so it reads what the shards it did not take write, unordered.
 */
// weft: expect race example.apphunt.SearchShardsCompletionPeek$Stats.scanned threads=main,shard-*
public final class SearchShardsCompletionPeek {

    static final class Stats {
        int scanned;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3, new NamedThreads("shard"));
        ExecutorCompletionService<Integer> answers = new ExecutorCompletionService<>(pool);
        Stats[] stats = new Stats[4];
        for (int i = 0; i < stats.length; i++) {
            stats[i] = new Stats();
        }
        for (int i = 0; i < stats.length; i++) {
            Stats mine = stats[i];
            int shard = i;
            answers.submit(() -> {
                if (shard > 0) {
                    Thread.sleep(30); // the shards behind the first answer
                }
                int hits = 0;
                for (int doc = 0; doc < 2_000; doc++) {
                    hits += (doc + shard) % 37 == 0 ? 1 : 0;
                }
                mine.scanned = 2_000; // weft: race
                return hits;
            });
        }
        int first = answers.take().get();
        long scanned = 0;
        for (Stats s : stats) {
            scanned += s.scanned; // weft: race
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(first + " hits first, " + scanned + " scanned when answered");
    }
}
