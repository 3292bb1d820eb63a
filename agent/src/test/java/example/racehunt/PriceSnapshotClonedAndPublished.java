package example.racehunt;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A pricer clones its price table into a snapshot, which looks like a copy of its own; but it hands the snapshot to
 * an auditor through a queue and then goes on correcting it, while the auditor reads it (cost20: a clone that
 * escapes keeps its hooks).
 */
// weft: expect race long[] threads=pricer,auditor
public final class PriceSnapshotClonedAndPublished {

    static final long[] PRICES = {100, 250, 75};
    static final BlockingQueue<long[]> SNAPSHOTS = new ArrayBlockingQueue<>(1);

    static void price() {
        long[] snapshot = PRICES.clone();
        snapshot[0] = snapshot[0] * 2;
        SNAPSHOTS.add(snapshot);
        snapshot[1] = snapshot[1] + 5; // weft: race
    }

    static long audit() throws InterruptedException {
        long[] seen = SNAPSHOTS.take();
        return seen[0] + seen[1]; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        long[] total = new long[1];
        Threads.runAll(new String[] {"pricer", "auditor"}, PriceSnapshotClonedAndPublished::price, () -> {
            try {
                total[0] = audit();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.println("audited " + total[0]);
    }
}
