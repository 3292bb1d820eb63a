package example.racehunt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The fixed twin of {@code StreamReadIntoSharedBuffer}: the reader fills the shared buffer and the checksum reads it under one lock. */
// weft: expect none
public final class StreamReadIntoLockedBuffer {

    static final byte[] PACKET = new byte[8];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < PACKET.length; i++) {
            PACKET[i] = -1;
        }
        byte[] wire = new byte[800];
        for (int i = 0; i < wire.length; i++) {
            wire[i] = (byte) i;
        }
        Threads.runAll(new String[] {"reader", "checksum"},
                () -> {
                    try (InputStream in = new ByteArrayInputStream(wire)) {
                        int n = 1;
                        while (n > 0) {
                            synchronized (PACKET) {
                                n = in.read(PACKET);
                            }
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                },
                () -> {
                    int sum = 0;
                    for (int i = 0; i < 100; i++) {
                        synchronized (PACKET) {
                            sum += PACKET[i % PACKET.length];
                        }
                    }
                    System.out.println("sum " + (sum != Integer.MIN_VALUE));
                });
    }
}
