package example.apphunt;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A CSV importer parses chunks on a pool whose threads each keep a parse buffer in a {@code ThreadLocal}
 * ({@code withInitial}, which also registers the buffer in a {@code ConcurrentLinkedQueue}). A task appends its
 * chunk's rows to its thread's buffer; after {@code shutdown} and {@code awaitTermination} the importer merges every
 * buffer. A buffer is only touched by its own thread until then.
 */
// weft: expect none
public final class CsvImportThreadLocalBuffers {

    static final class Buffer {
        final StringBuilder rows = new StringBuilder();
        int count;
        long amounts;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentLinkedQueue<Buffer> all = new ConcurrentLinkedQueue<>();
        ThreadLocal<Buffer> buffers = ThreadLocal.withInitial(() -> {
            Buffer buffer = new Buffer();
            all.add(buffer);
            return buffer;
        });
        ExecutorService parsers = Executors.newFixedThreadPool(3, new NamedThreads("parser"));
        for (int chunk = 0; chunk < 30; chunk++) {
            int first = chunk * 50;
            parsers.execute(() -> {
                Buffer buffer = buffers.get();
                for (int line = first; line < first + 50; line++) {
                    String row = "order-" + line + "," + (line % 97) + ".50";
                    String[] fields = row.split(",");
                    buffer.rows.append(fields[0]).append('\n');
                    buffer.amounts += (long) (Double.parseDouble(fields[1]) * 100);
                    buffer.count++;
                }
            });
        }
        parsers.shutdown();
        if (!parsers.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("parsers still running");
        }
        int rows = 0;
        long amounts = 0;
        int chars = 0;
        for (Buffer buffer : all) {
            rows += buffer.count;
            amounts += buffer.amounts;
            chars += buffer.rows.length();
        }
        System.out.println(rows + " rows from " + all.size() + " buffers, " + amounts + " cents, " + chars + " chars");
    }
}
