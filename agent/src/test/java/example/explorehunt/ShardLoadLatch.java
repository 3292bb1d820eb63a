package example.explorehunt;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * A latch counted down only on the success path: each loader polls a shard name from a queue a feeder fills
 * concurrently, and returns early without counting down when it finds the queue empty; the coordinator then
 * awaits the latch forever.
 */
// weft: expect deadlock
public final class ShardLoadLatch {

    private static final Queue<String> SHARDS = new ConcurrentLinkedQueue<>();
    private static final CountDownLatch LOADED = new CountDownLatch(2);

    static void load() {
        String shard = SHARDS.poll();
        if (shard == null) {
            return; // nothing to load yet: the latch is never counted down for this loader
        }
        System.out.println("loaded " + shard);
        LOADED.countDown();
    }

    public static void main(String[] args) throws InterruptedException {
        Thread feeder = new Thread(() -> {
            SHARDS.add("users");
            SHARDS.add("orders");
        }, "feeder");
        Thread first = new Thread(ShardLoadLatch::load, "loader-1");
        Thread second = new Thread(ShardLoadLatch::load, "loader-2");
        feeder.start();
        first.start();
        second.start();
        LOADED.await();
        System.out.println("all shards loaded");
    }
}
