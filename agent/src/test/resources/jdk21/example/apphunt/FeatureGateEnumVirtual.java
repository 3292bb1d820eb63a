package example.apphunt;

/**
 * A feature gate is an enum singleton whose mutable field counts the requests it let through; two virtual threads (JDK
 * 21+) serve requests and bump it with no lock, so counts are lost.
 */
// weft: expect race example.apphunt.FeatureGateEnumVirtual$Gate.admitted threads=request-a,request-b
public final class FeatureGateEnumVirtual {

    enum Gate {
        BETA;

        int admitted;

        boolean admit(String user) {
            if (user.hashCode() % 3 == 0) {
                return false;
            }
            admitted++; // weft: race
            return true;
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
        System.out.println("admitted " + Gate.BETA.admitted);
    }
}
