package example.racehunt;

import java.util.concurrent.atomic.AtomicBoolean;

/** The fixed twin of {@code FeatureInitGetThenSet}: {@code compareAndSet} lets one thread only run the set-up. */
// weft: expect none
public final class FeatureInitCompareAndSet {

    static final class Feature {
        final AtomicBoolean started = new AtomicBoolean();
        int rules;

        void ensureStarted() {
            if (started.compareAndSet(false, true)) {
                rules = loadRules();
            }
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
