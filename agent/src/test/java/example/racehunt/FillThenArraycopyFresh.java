package example.racehunt;

import java.util.Arrays;

/**
 * A frame buffer no code ever indexes: an encoder clears it with {@code Arrays.fill} while a sender copies
 * it out with {@code System.arraycopy}, both JDK calls on elements no instrumented access touched.
 */
// weft: expect race byte[] threads=encoder,sender
public final class FillThenArraycopyFresh {

    static final byte[] FRAME = new byte[256];

    public static void main(String[] args) throws InterruptedException {
        byte[] wire = new byte[256];
        Threads.runAll(new String[] {"encoder", "sender"}, () -> {
            for (int i = 0; i < 500; i++) {
                Arrays.fill(FRAME, (byte) i); // weft: race
            }
        }, () -> {
            for (int i = 0; i < 500; i++) {
                System.arraycopy(FRAME, 0, wire, 0, FRAME.length); // weft: race
            }
        });
        System.out.println(wire.length);
    }
}
