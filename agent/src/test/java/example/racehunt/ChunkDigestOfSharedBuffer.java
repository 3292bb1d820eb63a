package example.racehunt;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** An uploader hashes a chunk buffer with {@code MessageDigest.update} while a receiver fills the buffer's first byte. */
// weft: expect race byte[] threads=receiver,hasher
public final class ChunkDigestOfSharedBuffer {

    public static void main(String[] args) throws InterruptedException {
        byte[] chunk = new byte[16];
        chunk[0] = 1; // filled by main before the threads start
        Threads.runAll(new String[] {"receiver", "hasher"},
                () -> chunk[0] = 7, // weft: race
                () -> {
                    try {
                        MessageDigest digest = MessageDigest.getInstance("SHA-256");
                        digest.update(chunk); // weft: race
                        System.out.println("digest " + digest.digest().length);
                    } catch (NoSuchAlgorithmException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
