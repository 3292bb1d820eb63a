package example.explorehunt;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/** {@link ShardBarrierShort} with each indexer reaching the barrier whether or not it could index its shard. */
// weft: expect none
public final class ShardBarrierAlways {

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
        }
        try {
            MERGE.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            System.out.println("shard " + shard + ": merge abandoned");
        }
    }
}
