package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A search front end asks four index shards through an {@code ExecutorCompletionService} and answers with the first
 * hit list {@code take()} gives back; then it shuts the pool down and, after {@code awaitTermination} of the pool (not
 * of the completion service), logs what every shard did: the hit lists of the shards it never took and the timings
 * each shard task wrote into its own slot of a plain array.
 */
// weft: expect none
public final class SearchShardsCompletionAwait {

    static final class Hits {
        final String shard;
        final List<String> titles = new ArrayList<>();
        int scanned;

        Hits(String shard) {
            this.shard = shard;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3, new NamedThreads("shard"));
        ExecutorCompletionService<Hits> answers = new ExecutorCompletionService<>(pool);
        Hits[] all = new Hits[4];
        long[] micros = new long[4];
        for (int i = 0; i < all.length; i++) {
            int shard = i;
            answers.submit(() -> {
                Hits hits = new Hits("shard-" + shard);
                for (int doc = 0; doc < 200; doc++) {
                    hits.scanned++;
                    if ((doc + shard) % 37 == 0) {
                        hits.titles.add("doc-" + doc);
                    }
                }
                all[shard] = hits;
                micros[shard] = 100L + hits.scanned * shard;
                return hits;
            });
        }
        Hits first = answers.take().get();
        System.out.println("first answer from " + first.shard + ": " + first.titles.size() + " hits");
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        long scanned = 0;
        long time = 0;
        int titles = 0;
        for (int i = 0; i < all.length; i++) {
            scanned += all[i].scanned;
            titles += all[i].titles.size();
            time += micros[i];
        }
        System.out.println(scanned + " scanned, " + titles + " titles, " + time + " us");
    }
}
