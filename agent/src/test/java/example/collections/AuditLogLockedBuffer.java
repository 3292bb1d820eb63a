package example.collections;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;

/** The twin of {@link AuditLogDirectBuffer}: the log's calls are {@code synchronized}. */
// weft: expect none
public final class AuditLogLockedBuffer {

    static final class AuditLog {
        private final ByteBuffer batch = ByteBuffer.allocateDirect(16 * 1_000);

        synchronized void record(long user, int action) {
            try {
                batch.putLong(user); batch.putInt(action);
            } catch (BufferOverflowException full) {
                // a full batch drops the record, as the log's policy says
            }
        }

        synchronized int size() {
            return batch.position();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AuditLog log = new AuditLog();
        Threads.runAll(new String[] {"request-1", "request-2"}, () -> {
            for (int i = 0; i < 400; i++) {
                log.record(1_000 + i, 1);
            }
        }, () -> {
            for (int i = 0; i < 400; i++) {
                log.record(2_000 + i, 2);
            }
        });
        System.out.println("bytes " + log.size());
    }
}
