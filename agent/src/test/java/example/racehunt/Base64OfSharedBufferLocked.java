package example.racehunt;

import java.util.Base64;

/** Twin of {@code Base64OfSharedBuffer}: the rotator and the encoder hold the key's lock. Correct: no finding. */
// weft: expect none
public final class Base64OfSharedBufferLocked {

    public static void main(String[] args) throws InterruptedException {
        byte[] key = new byte[12];
        key[0] = 1; // filled by main before the threads start
        Threads.runAll(new String[] {"rotator", "encoder"},
                () -> {
                    synchronized (key) {
                        key[0] = 42;
                    }
                },
                () -> {
                    String token;
                    synchronized (key) {
                        token = Base64.getEncoder().encodeToString(key);
                    }
                    System.out.println("decoded " + Base64.getDecoder().decode(token.getBytes()).length);
                });
    }
}
