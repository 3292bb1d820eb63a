package example.collections;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;

/**
 * An audit log batches records in one direct {@code ByteBuffer} before it writes them out; two request threads append
 * their records with relative puts and no lock, so both move the buffer's position unordered (records overwrite each
 * other). A direct buffer has no array for weft to check: the race is on the buffer's position.
 */
// weft: expect race example.collections.AuditLogDirectBuffer$AuditLog.batch threads=request-1,request-2 collection=java.nio.ByteBuffer
public final class AuditLogDirectBuffer {

    static final class AuditLog {
        private final ByteBuffer batch = ByteBuffer.allocateDirect(16 * 1_000);

        void record(long user, int action) {
            try {
                batch.putLong(user); batch.putInt(action); // weft: race
            } catch (BufferOverflowException full) {
                // a full batch drops the record, as the log's policy says
            }
        }

        int size() {
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
