package example.racehunt;

import java.io.ByteArrayOutputStream;

/** A sender writes the shared frame to a stream while the builder is still setting its bytes: the stream reads them inside the JDK. */
// weft: expect race byte[] threads=builder,sender
public final class FrameWrittenWhileBuilt {

    static final byte[] FRAME = new byte[16];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < FRAME.length; i++) {
            FRAME[i] = (byte) 0xFF; // the idle pattern, set before either thread runs
        }
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        Threads.runAll(new String[] {"builder", "sender"},
                () -> {
                    for (int i = 0; i < 200; i++) {
                        FRAME[i % FRAME.length] = (byte) i; // weft: race
                    }
                },
                () -> {
                    for (int i = 0; i < 50; i++) {
                        wire.write(FRAME, 0, FRAME.length); // weft: race
                    }
                });
        System.out.println("sent " + wire.size());
    }
}
