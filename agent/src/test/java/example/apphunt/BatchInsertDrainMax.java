package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A metrics importer inserts rows in batches: two reader threads parse rows (mutable objects) and {@code put} them on
 * an {@code ArrayBlockingQueue}; the writer blocks for the first row of a batch with {@code poll(timeout)}, then takes
 * up to 24 more with {@code drainTo(batch, 24)}, stamps each row with its batch number and keeps the batch. The
 * importer reads every batch after joining the writer.
 */
// weft: expect none
public final class BatchInsertDrainMax {

    static final class Row {
        String metric;
        double value;
        int batch = -1;
    }

    public static void main(String[] args) throws InterruptedException {
        ArrayBlockingQueue<Row> rows = new ArrayBlockingQueue<>(64);
        int perReader = 300;
        for (int r = 0; r < 2; r++) {
            int reader = r;
            new Thread(() -> {
                try {
                    for (int i = 0; i < perReader; i++) {
                        Row row = new Row();
                        row.metric = "cpu." + reader + "." + i % 8;
                        row.value = i * 0.25;
                        rows.put(row);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "reader-" + r).start();
        }
        List<List<Row>> batches = new ArrayList<>();
        Thread writer = new Thread(() -> {
            int written = 0;
            try {
                while (written < 2 * perReader) {
                    Row first = rows.poll(10, TimeUnit.SECONDS);
                    if (first == null) {
                        throw new IllegalStateException("readers stalled");
                    }
                    List<Row> batch = new ArrayList<>();
                    batch.add(first);
                    rows.drainTo(batch, 24);
                    for (Row row : batch) {
                        row.batch = batches.size();
                    }
                    batches.add(batch);
                    written += batch.size();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "batch-writer");
        writer.start();
        writer.join();
        int inserted = 0;
        double sum = 0;
        for (List<Row> batch : batches) {
            for (Row row : batch) {
                inserted += row.batch >= 0 ? 1 : 0;
                sum += row.value;
            }
        }
        System.out.println(inserted + " rows in " + (batches.size() > 0) + " batches, sum " + sum);
    }
}
