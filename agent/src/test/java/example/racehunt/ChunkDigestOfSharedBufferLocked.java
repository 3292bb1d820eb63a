package example.racehunt;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Twin of {@code ChunkDigestOfSharedBuffer}: the receiver writes and the hasher hashes the chunk under one lock. Correct: no finding. */
// weft: expect none
public final class ChunkDigestOfSharedBufferLocked {

    public static void main(String[] args) throws InterruptedException {
        byte[] chunk = new byte[16];
        chunk[0] = 1; // filled by main before the threads start
        Threads.runAll(new String[] {"receiver", "hasher"},
                () -> {
                    synchronized (chunk) {
                        chunk[0] = 7;
                    }
                },
                () -> {
                    try {
                        MessageDigest digest = MessageDigest.getInstance("SHA-256");
                        byte[] copy;
                        synchronized (chunk) {
                            digest.update(chunk);
                            digest.update(chunk, 0, 8);
                            copy = chunk.clone();
                        }
                        System.out.println("digest " + digest.digest(copy).length);
                    } catch (NoSuchAlgorithmException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
