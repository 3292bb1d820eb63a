package example.racehunt;

import java.util.Optional;

/** {@link OptionalConfigMutated} fixed: the settings are changed and read under their own lock. */
// weft: expect none
public final class OptionalConfigMutatedLocked {

    static final class Tls {
        private String protocol = "TLSv1.2";

        synchronized void use(String next) {
            protocol = next;
        }

        synchronized String protocol() {
            return protocol;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Optional<Tls> tls = Optional.of(new Tls());
        int[] handshakes = new int[1];
        Threads.runAll(new String[] {"admin", "handshake"}, () -> {
            for (int i = 0; i < 1000; i++) {
                tls.ifPresent(t -> t.use("TLSv1.3"));
            }
        }, () -> {
            for (int i = 0; i < 1000; i++) {
                handshakes[0] += tls.map(Tls::protocol).orElse("none").length();
            }
        });
        System.out.println(handshakes[0]);
    }
}
