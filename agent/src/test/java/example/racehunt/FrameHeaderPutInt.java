package example.racehunt;

import java.nio.ByteBuffer;

/**
 * An encoder writes a sequence number into a frame's header through {@code ByteBuffer.wrap(frame).putInt(0, seq)}
 * while a sender checksums the frame's bytes: the buffer writes the shared array inside the JDK.
 */
// weft: expect race byte[] threads=encoder,sender
public final class FrameHeaderPutInt {

    static final byte[] FRAME = new byte[16];

    public static void main(String[] args) throws InterruptedException {
        long[] sum = new long[1];
        Threads.runAll(new String[] {"encoder", "sender"}, () -> {
            ByteBuffer header = ByteBuffer.wrap(FRAME);
            for (int seq = 0; seq < 3000; seq++) {
                header.putInt(0, seq); // weft: race
            }
        }, () -> {
            for (int round = 0; round < 3000; round++) {
                for (int i = 0; i < 4; i++) {
                    sum[0] += FRAME[i]; // weft: race
                }
            }
        });
        System.out.println("checksum " + sum[0]);
    }
}
