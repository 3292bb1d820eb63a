package example.racehunt;

import java.io.ByteArrayOutputStream;

/** The fixed twin of {@code FrameWrittenWhileBuilt}: the builder sets the frame's bytes and the sender writes it under one lock. */
// weft: expect none
public final class FrameWrittenWhenBuilt {

    static final byte[] FRAME = new byte[16];

    public static void main(String[] args) throws InterruptedException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        Threads.runAll(new String[] {"builder", "sender"},
                () -> {
                    for (int i = 0; i < 200; i++) {
                        synchronized (FRAME) {
                            FRAME[i % FRAME.length] = (byte) i;
                        }
                    }
                },
                () -> {
                    for (int i = 0; i < 50; i++) {
                        synchronized (FRAME) {
                            wire.write(FRAME, 0, FRAME.length);
                        }
                    }
                });
        System.out.println("sent " + wire.size());
    }
}
