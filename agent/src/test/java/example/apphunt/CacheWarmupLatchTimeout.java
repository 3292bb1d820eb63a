package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A service warms its caches at start-up: one loader thread per region fills a plain array of its shard and counts
 * down a latch; the start-up thread waits with {@code await(timeout)} in a loop, printing progress from
 * {@code getCount()} while it waits, and reads every shard once {@code await} returns true.
 */
// weft: expect none
public final class CacheWarmupLatchTimeout {

    static final class Shard {
        final String region;
        final long[] prices = new long[2_000];
        int loaded;

        Shard(String region) {
            this.region = region;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        String[] regions = {"eu", "us", "apac", "latam"};
        Shard[] shards = new Shard[regions.length];
        CountDownLatch warm = new CountDownLatch(regions.length);
        for (int r = 0; r < regions.length; r++) {
            Shard shard = new Shard(regions[r]);
            shards[r] = shard;
            new Thread(() -> {
                for (int i = 0; i < shard.prices.length; i++) {
                    shard.prices[i] = 100 + (i * 7L + shard.region.length()) % 900;
                    shard.loaded++;
                }
                warm.countDown();
            }, "warm-" + regions[r]).start();
        }
        int progressLines = 0;
        while (!warm.await(1, TimeUnit.MILLISECONDS)) {
            if (warm.getCount() > 0) {
                progressLines++;
            }
        }
        long sum = 0;
        int loaded = 0;
        for (Shard shard : shards) {
            loaded += shard.loaded;
            for (long price : shard.prices) {
                sum += price;
            }
        }
        System.out.println(loaded + " prices warmed, sum " + sum + ", progress lines " + (progressLines >= 0));
    }
}
