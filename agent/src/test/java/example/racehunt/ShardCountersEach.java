package example.racehunt;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The fixed twin of {@code ShardCountersNCopies}: each shard gets a counter of its own. */
// weft: expect none
public final class ShardCountersEach {

    static final class Counter {
        long hits;
    }

    public static void main(String[] args) throws InterruptedException {
        List<Counter> shards = IntStream.range(0, 4).mapToObj(i -> new Counter()).collect(Collectors.toList());
        Threads.runAll(new String[] {"shard-0", "shard-1"}, () -> {
            for (int i = 0; i < 1000; i++) {
                shards.get(0).hits++;
            }
        }, () -> {
            for (int i = 0; i < 1000; i++) {
                shards.get(1).hits++;
            }
        });
        System.out.println(shards.get(0).hits + shards.get(1).hits);
    }
}
