package example.racehunt;

import java.util.Base64;

/** A token encoder encodes a shared key buffer with {@code Base64} while a rotator writes the key's first byte. */
// weft: expect race byte[] threads=rotator,encoder
public final class Base64OfSharedBuffer {

    public static void main(String[] args) throws InterruptedException {
        byte[] key = new byte[12];
        key[0] = 1; // filled by main before the threads start
        Threads.runAll(new String[] {"rotator", "encoder"},
                () -> key[0] = 42, // weft: race
                () -> System.out.println("token " + Base64.getEncoder().encodeToString(key))); // weft: race
    }
}
