package example.racehunt;

import java.util.Arrays;

/** The fixed twin of {@code FillThenArraycopyFresh}: the encoder and the sender hold the frame's lock. */
// weft: expect none
public final class FillThenArraycopyFreshLocked {

    static final byte[] FRAME = new byte[256];

    public static void main(String[] args) throws InterruptedException {
        byte[] wire = new byte[256];
        Threads.runAll(new String[] {"encoder", "sender"}, () -> {
            for (int i = 0; i < 500; i++) {
                synchronized (FRAME) {
                    Arrays.fill(FRAME, (byte) i);
                }
            }
        }, () -> {
            for (int i = 0; i < 500; i++) {
                synchronized (FRAME) {
                    System.arraycopy(FRAME, 0, wire, 0, FRAME.length);
                }
            }
        });
        System.out.println(wire.length);
    }
}
