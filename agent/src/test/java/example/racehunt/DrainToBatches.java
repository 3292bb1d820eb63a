package example.racehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** A batcher drains mutable records from an ArrayBlockingQueue with drainTo and stamps them. */
// weft: expect none
public final class DrainToBatches {

    static final class Record {
        String key;
        long batch;
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Record> queue = new ArrayBlockingQueue<>(16);
        Runnable producer = () -> {
            try {
                for (int i = 0; i < 100; i++) {
                    Record record = new Record();
                    record.key = "k" + i;
                    queue.put(record);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Runnable batcher = () -> {
            int seen = 0;
            long batch = 0;
            List<Record> drained = new ArrayList<>();
            while (seen < 100) {
                drained.clear();
                if (queue.drainTo(drained, 8) == 0) {
                    Thread.onSpinWait();
                    continue;
                }
                batch++;
                for (Record record : drained) {
                    record.batch = batch;
                    seen += record.key.isEmpty() ? 0 : 1;
                }
            }
            System.out.println(batch + " batches");
        };
        Threads.runAll(new String[] {"producer", "batcher"}, producer, batcher);
    }
}
