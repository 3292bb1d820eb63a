package example.racehunt;

import java.util.Arrays;

/**
 * Per-shard statistics made with {@code Arrays.fill(stats, new Stats())}: every slot holds the same object,
 * so two workers, each on its own shard, update one object's fields.
 */
// weft: expect race example.racehunt.ShardStatsFilledWithOne$Stats.bytes threads=shard-0,shard-1
public final class ShardStatsFilledWithOne {

    static final class Stats {
        long bytes;
    }

    public static void main(String[] args) throws InterruptedException {
        Stats[] stats = new Stats[2];
        Arrays.fill(stats, new Stats());
        Threads.runAll(new String[] {"shard-0", "shard-1"}, () -> {
            for (int i = 0; i < 1000; i++) {
                stats[0].bytes += 512; // weft: race
            }
        }, () -> {
            for (int i = 0; i < 1000; i++) {
                stats[1].bytes += 256; // weft: race
            }
        });
        System.out.println(stats[0].bytes);
    }
}
