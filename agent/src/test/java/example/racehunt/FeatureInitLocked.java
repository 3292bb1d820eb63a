package example.racehunt;

/** The fixed twin of {@code FeatureInitGetThenSet}: the check, the set-up and the read of the rules hold the feature's lock. */
// weft: expect none
public final class FeatureInitLocked {

    static final class Feature {
        private boolean started;
        private int rules;

        synchronized int ensureStarted() {
            if (!started) {
                started = true;
                rules = loadRules();
            }
            return rules;
        }

        static int loadRules() {
            return 12;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        for (int round = 0; round < 200; round++) {
            Feature feature = new Feature();
            Threads.runAll(new String[] {"request-1", "request-2"}, feature::ensureStarted, feature::ensureStarted);
        }
    }
}
