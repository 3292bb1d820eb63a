package example.racehunt;

import java.nio.charset.StandardCharsets;

/** The fixed twin of {@code UploadDecodeCharset}: the receiver and the decoder hold the buffer's lock. */
// weft: expect none
public final class UploadDecodeCharsetLocked {

    static final byte[] CHUNK = new byte[16];

    public static void main(String[] args) throws InterruptedException {
        byte[] payload = "name=weft&size=16".getBytes(StandardCharsets.UTF_8);
        Runnable receiver = () -> {
            for (int i = 0; i < 400; i++) {
                synchronized (CHUNK) {
                    CHUNK[i % CHUNK.length] = payload[i % payload.length];
                }
            }
        };
        int[] decoded = new int[1];
        Runnable decoder = () -> {
            for (int i = 0; i < 200; i++) {
                synchronized (CHUNK) {
                    decoded[0] += new String(CHUNK, 0, CHUNK.length, StandardCharsets.UTF_8).length();
                    decoded[0] += new String(CHUNK, StandardCharsets.ISO_8859_1).length();
                    decoded[0] += new String(CHUNK, 2, 4).length();
                }
            }
        };
        Threads.runAll(new String[] {"receiver", "decoder"}, receiver, decoder);
        System.out.println("decoded " + decoded[0]);
    }
}
