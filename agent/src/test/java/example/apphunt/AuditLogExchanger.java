package example.apphunt;

import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;

/**
 * An audit logger double-buffers its records: the request thread appends records into a batch object (a plain array
 * and a count), then swaps it for the writer's emptied batch with {@code exchange(batch, timeout)}; the writer
 * "flushes" what it got, clears it and swaps it back. The last swap carries a batch marked final. Each batch is only
 * touched by the thread that holds it, between two exchanges.
 */
// weft: expect none
public final class AuditLogExchanger {

    static final class Batch {
        final String[] records = new String[16];
        int count;
        boolean last;
    }

    public static void main(String[] args) throws Exception {
        Exchanger<Batch> swap = new Exchanger<>();
        long[] flushed = new long[2];
        Thread writer = new Thread(() -> {
            Batch batch = new Batch();
            try {
                while (true) {
                    batch = swap.exchange(batch, 30, TimeUnit.SECONDS);
                    for (int i = 0; i < batch.count; i++) {
                        flushed[0] += batch.records[i].length();
                        batch.records[i] = null;
                    }
                    flushed[1] += batch.count;
                    batch.count = 0;
                    if (batch.last) {
                        return;
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "audit-writer");
        writer.start();
        Batch batch = new Batch();
        for (int request = 0; request < 200; request++) {
            batch.records[batch.count++] = "user-" + request % 7 + " GET /orders/" + request;
            if (batch.count == batch.records.length) {
                batch = swap.exchange(batch, 30, TimeUnit.SECONDS);
            }
        }
        batch.last = true;
        swap.exchange(batch, 30, TimeUnit.SECONDS);
        writer.join();
        System.out.println(flushed[1] + " records, " + flushed[0] + " chars");
    }
}
