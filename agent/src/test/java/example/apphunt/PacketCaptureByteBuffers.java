package example.apphunt;

import java.nio.ByteBuffer;
import java.util.concurrent.Exchanger;

/**
 * A packet capture tool double-buffers captured packets in two heap {@code ByteBuffer}s, as {@code Exchanger}'s
 * Javadoc does with its data buffers: the capture thread {@code putInt}s packet headers until its buffer is full,
 * {@code flip()}s it and swaps it for the analyzer's drained one; the analyzer {@code getInt}s the headers (moving the
 * buffer's position), {@code clear()}s it and swaps it back. A buffer's position and contents are only touched by the
 * thread holding it.
 */
// weft: expect none
public final class PacketCaptureByteBuffers {

    public static void main(String[] args) throws Exception {
        Exchanger<ByteBuffer> swap = new Exchanger<>();
        int packets = 2_000;
        long[] analyzed = new long[2];
        Thread analyzer = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(256);
            try {
                while (analyzed[1] < packets) {
                    buffer = swap.exchange(buffer);
                    while (buffer.remaining() >= 8) {
                        int length = buffer.getInt();
                        int protocol = buffer.getInt();
                        analyzed[0] += length + (protocol == 6 ? 1 : 0);
                        analyzed[1]++;
                    }
                    buffer.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "analyzer");
        analyzer.start();
        ByteBuffer buffer = ByteBuffer.allocate(256);
        for (int p = 0; p < packets; p++) {
            buffer.putInt(60 + p % 1400).putInt(p % 3 == 0 ? 17 : 6);
            if (!buffer.hasRemaining() || p == packets - 1) {
                buffer.flip();
                buffer = swap.exchange(buffer);
            }
        }
        analyzer.join();
        System.out.println(analyzed[1] + " packets, " + analyzed[0] + " bytes");
    }
}
