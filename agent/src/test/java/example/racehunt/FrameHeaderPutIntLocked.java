package example.racehunt;

import java.nio.ByteBuffer;

/** {@link FrameHeaderPutInt} fixed: the encoder and the sender use the frame under its lock. */
// weft: expect none
public final class FrameHeaderPutIntLocked {

    static final byte[] FRAME = new byte[16];

    public static void main(String[] args) throws InterruptedException {
        long[] sum = new long[1];
        Threads.runAll(new String[] {"encoder", "sender"}, () -> {
            ByteBuffer header = ByteBuffer.wrap(FRAME);
            for (int seq = 0; seq < 3000; seq++) {
                synchronized (FRAME) {
                    header.putInt(0, seq);
                }
            }
        }, () -> {
            for (int round = 0; round < 3000; round++) {
                synchronized (FRAME) {
                    for (int i = 0; i < 4; i++) {
                        sum[0] += FRAME[i];
                    }
                }
            }
        });
        System.out.println("checksum " + sum[0]);
    }
}
