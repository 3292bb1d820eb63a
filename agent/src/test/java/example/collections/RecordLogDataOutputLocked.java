package example.collections;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Twin of {@code RecordLogDataOutput}: the typed writes hold the log's lock; the raw {@code write(bytes, off, len)},
 * which {@code DataOutputStream} makes {@code synchronized} itself, is called without one. Correct: no finding.
 */
// weft: expect none
public final class RecordLogDataOutputLocked {

    static final DataOutputStream LOG = new DataOutputStream(new ByteArrayOutputStream());

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"orders", "payments"},
                () -> record(42L),
                () -> record(7L));
        System.out.println("size " + LOG.size());
    }

    private static void record(long id) {
        try {
            synchronized (LOG) {
                LOG.writeLong(id);
            }
            LOG.write(new byte[] {1, 2}, 0, 2);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
