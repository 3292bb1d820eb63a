package example.racehunt;

import java.util.Collections;
import java.util.List;

/**
 * Per-shard hit counters made with {@code Collections.nCopies(4, new Counter())}: every shard is the same
 * counter, so the two shards' workers, each confined to its own shard, bump one object.
 */
// weft: expect race example.racehunt.ShardCountersNCopies$Counter.hits threads=shard-0,shard-1
public final class ShardCountersNCopies {

    static final class Counter {
        long hits;
    }

    public static void main(String[] args) throws InterruptedException {
        List<Counter> shards = Collections.nCopies(4, new Counter());
        Threads.runAll(new String[] {"shard-0", "shard-1"}, () -> {
            for (int i = 0; i < 1000; i++) {
                shards.get(0).hits++; // weft: race
            }
        }, () -> {
            for (int i = 0; i < 1000; i++) {
                shards.get(1).hits++; // weft: race
            }
        });
        System.out.println(shards.get(2).hits);
    }
}
