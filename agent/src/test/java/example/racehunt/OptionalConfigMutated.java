package example.racehunt;

import java.util.Optional;

/**
 * A service's optional TLS settings are looked up through an {@code Optional} while an admin thread changes the
 * settings object inside it: the {@code Optional} is immutable, the object it holds is not.
 */
// weft: expect race example.racehunt.OptionalConfigMutated$Tls.protocol threads=admin,handshake
public final class OptionalConfigMutated {

    static final class Tls {
        String protocol = "TLSv1.2";
    }

    public static void main(String[] args) throws InterruptedException {
        Optional<Tls> tls = Optional.of(new Tls());
        int[] handshakes = new int[1];
        Threads.runAll(new String[] {"admin", "handshake"}, () -> {
            for (int i = 0; i < 1000; i++) {
                tls.ifPresent(t -> t.protocol = "TLSv1.3"); // weft: race
            }
        }, () -> {
            for (int i = 0; i < 1000; i++) {
                handshakes[0] += tls.map(t -> t.protocol).orElse("none").length(); // weft: race
            }
        });
        System.out.println(handshakes[0]);
    }
}
