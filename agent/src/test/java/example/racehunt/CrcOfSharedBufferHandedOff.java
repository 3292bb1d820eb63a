package example.racehunt;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;

/** Twin of {@code CrcOfSharedBuffer}: the receiver hands the filled frame to the checker through a queue. Correct: no finding. */
// weft: expect none
public final class CrcOfSharedBufferHandedOff {

    public static void main(String[] args) throws InterruptedException {
        byte[] frame = new byte[32];
        frame[0] = 1; // filled by main before the threads start
        BlockingQueue<byte[]> filled = new ArrayBlockingQueue<>(1);
        Threads.runAll(new String[] {"receiver", "checker"},
                () -> {
                    frame[0] = 9;
                    filled.add(frame);
                },
                () -> {
                    try {
                        byte[] received = filled.take();
                        CRC32 crc = new CRC32();
                        crc.update(received);
                        crc.update(received, 1, 4);
                        System.out.println("crc " + crc.getValue());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }
}
