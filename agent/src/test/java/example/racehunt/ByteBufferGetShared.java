package example.racehunt;

import java.nio.ByteBuffer;

/** A decoder copies frames out of a ByteBuffer into one shared array while a logger reads the array. */
// weft: expect race byte[] threads=decoder,logger
public final class ByteBufferGetShared {

    static final byte[] FRAME = new byte[4];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < FRAME.length; i++) {
            FRAME[i] = -1;
        }
        ByteBuffer incoming = ByteBuffer.allocate(400);
        for (int i = 0; i < 100; i++) {
            incoming.putInt(i);
        }
        incoming.flip();
        Threads.runAll(new String[] {"decoder", "logger"},
                () -> {
                    while (incoming.remaining() >= FRAME.length) {
                        incoming.get(FRAME); // weft: race
                    }
                },
                () -> {
                    int last = 0;
                    for (int i = 0; i < 100; i++) {
                        last ^= FRAME[3]; // weft: race
                    }
                    System.out.println("last " + (last >= -256));
                });
    }
}
