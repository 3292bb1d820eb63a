package example.racehunt;

import java.util.zip.CRC32;

/** A frame checker sums a shared frame with {@code CRC32.update(byte[])} while a receiver writes its first byte. */
// weft: expect race byte[] threads=receiver,checker
public final class CrcOfSharedBuffer {

    public static void main(String[] args) throws InterruptedException {
        byte[] frame = new byte[32];
        frame[0] = 1; // filled by main before the threads start
        Threads.runAll(new String[] {"receiver", "checker"},
                () -> frame[0] = 9, // weft: race
                () -> {
                    CRC32 crc = new CRC32();
                    crc.update(frame); // weft: race
                    System.out.println("crc " + crc.getValue());
                });
    }
}
