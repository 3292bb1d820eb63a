package example.racehunt;

import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** The fixed twin of {@code ByteBufferGetShared}: each frame is got into an array of its own, handed to the logger by a queue. */
// weft: expect none
public final class ByteBufferGetHandedOff {

    public static void main(String[] args) throws InterruptedException {
        ByteBuffer incoming = ByteBuffer.allocate(400);
        for (int i = 0; i < 100; i++) {
            incoming.putInt(i);
        }
        incoming.flip();
        BlockingQueue<byte[]> frames = new ArrayBlockingQueue<>(8);
        Threads.runAll(new String[] {"decoder", "logger"},
                () -> {
                    try {
                        while (incoming.remaining() >= 4) {
                            byte[] frame = new byte[4];
                            incoming.get(frame);
                            frames.put(frame);
                        }
                        frames.put(new byte[0]);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                () -> {
                    try {
                        int last = 0;
                        for (byte[] frame = frames.take(); frame.length > 0; frame = frames.take()) {
                            last ^= frame[3];
                        }
                        System.out.println("last " + (last >= -256));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }
}
