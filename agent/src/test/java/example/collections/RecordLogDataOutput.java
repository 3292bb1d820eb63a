package example.collections;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** An order recorder and a payment recorder append records to one shared {@code DataOutputStream} with {@code writeLong}. */
// weft: expect race example.collections.RecordLogDataOutput.LOG threads=orders,payments collection=java.io.DataOutputStream
public final class RecordLogDataOutput {

    static final DataOutputStream LOG = new DataOutputStream(new ByteArrayOutputStream());

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"orders", "payments"},
                () -> record(42L),
                () -> record(7L));
    }

    private static void record(long id) {
        try {
            LOG.writeLong(id); // weft: race
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
