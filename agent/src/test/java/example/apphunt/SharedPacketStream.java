package example.apphunt;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A captured packet trace, filled before the decoder threads start, is read by three decoders from one shared
 * {@code ByteArrayInputStream}: its {@code read()} and {@code read(byte[], int, int)} are synchronized, so each byte goes
 * to one decoder and the stream's position is guarded by its lock. Correct: no data race.
 */
// weft: expect none
public final class SharedPacketStream {

    public static void main(String[] args) throws Exception {
        byte[] trace = new byte[3000];
        for (int i = 0; i < trace.length; i++) {
            trace[i] = (byte) (i % 100);
        }
        ByteArrayInputStream packets = new ByteArrayInputStream(trace);
        AtomicLong sum = new AtomicLong();
        Thread[] decoders = new Thread[3];
        for (int d = 0; d < decoders.length; d++) {
            boolean bulk = d % 2 == 0;
            decoders[d] = new Thread(() -> {
                byte[] chunk = new byte[16];
                while (true) {
                    if (bulk) {
                        int read = packets.read(chunk, 0, chunk.length);
                        if (read < 0) {
                            return;
                        }
                        for (int i = 0; i < read; i++) {
                            sum.addAndGet(chunk[i]);
                        }
                    } else {
                        int b = packets.read();
                        if (b < 0) {
                            return;
                        }
                        sum.addAndGet(b);
                    }
                }
            }, "decoder-" + d);
            decoders[d].start();
        }
        for (Thread decoder : decoders) {
            decoder.join();
        }
        System.out.println("sum: " + sum.get());
    }
}
