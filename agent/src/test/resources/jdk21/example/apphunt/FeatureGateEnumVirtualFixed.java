package example.apphunt;

/** The fixed twin of {@code FeatureGateEnumVirtual}: the enum's count is bumped in a {@code synchronized} method. */
// weft: expect none
public final class FeatureGateEnumVirtualFixed {

    enum Gate {
        BETA;

        private int admitted;

        synchronized boolean admit(String user) {
            if (user.hashCode() % 3 == 0) {
                return false;
            }
            admitted++;
            return true;
        }

        synchronized int admitted() {
            return admitted;
        }
    }

    static void serve(String prefix) {
        for (int i = 0; i < 300; i++) {
            Gate.BETA.admit(prefix + i);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread first = Thread.ofVirtual().name("request-a").start(() -> serve("alice-"));
        Thread second = Thread.ofVirtual().name("request-b").start(() -> serve("bob-"));
        first.join();
        second.join();
        System.out.println("admitted " + Gate.BETA.admitted());
    }
}
