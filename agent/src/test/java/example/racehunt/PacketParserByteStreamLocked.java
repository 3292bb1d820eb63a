package example.racehunt;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Twin of {@code PacketParserByteStream}: the receiver writes the header byte and the header parser reads it under the
 * buffer's lock; a payload parser reads, byte by byte with no lock, a stream over the buffer's second half, which no
 * thread writes. Correct: no finding.
 */
// weft: expect none
public final class PacketParserByteStreamLocked {

    public static void main(String[] args) throws InterruptedException {
        byte[] buffer = new byte[8];
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = (byte) i;
        }
        ByteArrayInputStream header = new ByteArrayInputStream(buffer);
        InputStream payload = new ByteArrayInputStream(buffer, 4, 4);
        Threads.runAll(new String[] {"receiver", "header-parser", "payload-parser"},
                () -> {
                    synchronized (buffer) {
                        buffer[0] = 9;
                    }
                },
                () -> {
                    byte[] fields = new byte[4];
                    synchronized (buffer) {
                        System.out.println("header " + header.read(fields, 0, 4));
                    }
                },
                () -> {
                    int sum = 0;
                    try {
                        for (int b = payload.read(); b >= 0; b = payload.read()) {
                            sum += b;
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    System.out.println("payload " + sum);
                });
    }
}
