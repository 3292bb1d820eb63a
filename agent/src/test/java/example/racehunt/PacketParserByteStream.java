package example.racehunt;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * A parser reads a packet's header through a {@code ByteArrayInputStream} over the receive buffer, and its type byte with
 * {@code read()} through a second one, while the receiver writes its first byte and the type byte, with no lock.
 */
// weft: expect race byte[] threads=parser,receiver
public final class PacketParserByteStream {

    public static void main(String[] args) throws InterruptedException {
        byte[] buffer = new byte[8];
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = (byte) i;
        }
        ByteArrayInputStream in = new ByteArrayInputStream(buffer);
        InputStream typeByte = new ByteArrayInputStream(buffer, 5, 1);
        Threads.runAll(new String[] {"receiver", "parser"},
                () -> {
                    buffer[0] = 9; // weft: race
                    buffer[5] = 3; // weft: race
                },
                () -> {
                    byte[] header = new byte[4];
                    System.out.println("read " + in.read(header, 0, 4)); // weft: race
                    try {
                        System.out.println("type " + typeByte.read()); // weft: race
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }
}
