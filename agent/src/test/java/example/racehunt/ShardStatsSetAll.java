package example.racehunt;

import java.util.Arrays;

/** The fixed twin of {@code ShardStatsFilledWithOne}: {@code Arrays.setAll} gives each slot its own object. */
// weft: expect none
public final class ShardStatsSetAll {

    static final class Stats {
        long bytes;
    }

    public static void main(String[] args) throws InterruptedException {
        Stats[] stats = new Stats[2];
        Arrays.setAll(stats, i -> new Stats());
        Threads.runAll(new String[] {"shard-0", "shard-1"}, () -> {
            for (int i = 0; i < 1000; i++) {
                stats[0].bytes += 512;
            }
        }, () -> {
            for (int i = 0; i < 1000; i++) {
                stats[1].bytes += 256;
            }
        });
        System.out.println(stats[0].bytes + stats[1].bytes);
    }
}
