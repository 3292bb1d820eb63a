package example.racehunt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A reader thread reads packets from a stream into one shared buffer while a checksum thread reads the buffer:
 * the stream writes the elements inside the JDK.
 */
// weft: expect race byte[] threads=reader,checksum
public final class StreamReadIntoSharedBuffer {

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
                        while (in.read(PACKET) > 0) { // weft: race
                            Thread.onSpinWait();
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                },
                () -> {
                    int sum = 0;
                    for (int i = 0; i < 100; i++) {
                        sum += PACKET[i % PACKET.length]; // weft: race
                    }
                    System.out.println("sum " + (sum != Integer.MIN_VALUE));
                });
    }
}
