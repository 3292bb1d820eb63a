package example.explorehunt;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Three indexers each index a shard, then meet at a {@code CyclicBarrier} before the merge. An indexer that finds the
 * schema not loaded yet logs the error and returns without reaching the barrier: the other two wait for a third party
 * that never comes.
 */
// weft: expect deadlock
public final class ShardBarrierShort {

    static final CyclicBarrier MERGE = new CyclicBarrier(3, () -> System.out.println("merging"));
    static volatile String schema;

    public static void main(String[] args) throws InterruptedException {
        Thread loader = new Thread(() -> schema = "v2", "schema-loader");
        Thread[] indexers = new Thread[3];
        for (int i = 0; i < indexers.length; i++) {
            int shard = i;
            indexers[i] = new Thread(() -> index(shard), "indexer-" + i);
        }
        loader.start();
        for (Thread t : indexers) {
            t.start();
        }
        loader.join();
        for (Thread t : indexers) {
            t.join();
        }
    }

    static void index(int shard) {
        if (schema == null) {
            System.out.println("shard " + shard + ": no schema yet");
            return; // the bug: this party never arrives at the barrier
        }
        try {
            MERGE.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            System.out.println("shard " + shard + ": merge abandoned");
        }
    }
}
