package example.racehunt;

import java.nio.charset.StandardCharsets;

/**
 * An upload handler reuses one receive buffer: the receiver copies each chunk's bytes into it, and the decoder
 * turns the filled part into text with {@code new String(bytes, off, count, UTF_8)}, which reads it inside the
 * JDK; neither holds a lock.
 */
// weft: expect race byte[] threads=receiver,decoder
public final class UploadDecodeCharset {

    static final byte[] CHUNK = new byte[16];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < CHUNK.length; i++) {
            CHUNK[i] = ' ';
        }
        byte[] payload = "name=weft&size=16".getBytes(StandardCharsets.UTF_8);
        Runnable receiver = () -> {
            for (int i = 0; i < 400; i++) {
                CHUNK[i % CHUNK.length] = payload[i % payload.length]; // weft: race
            }
        };
        int[] decoded = new int[1];
        Runnable decoder = () -> {
            for (int i = 0; i < 200; i++) {
                decoded[0] += new String(CHUNK, 0, CHUNK.length, StandardCharsets.UTF_8).length(); // weft: race
            }
        };
        Threads.runAll(new String[] {"receiver", "decoder"}, receiver, decoder);
        System.out.println("decoded " + decoded[0]);
    }
}
