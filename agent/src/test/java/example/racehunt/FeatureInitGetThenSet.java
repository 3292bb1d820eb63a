package example.racehunt;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A feature's one-time set-up is guarded by an {@code AtomicBoolean} read with {@code get()} and then set with
 * {@code set(true)}, not {@code compareAndSet}: two request threads can both see it unset and both run the set-up.
 */
// weft: expect race example.racehunt.FeatureInitGetThenSet$Feature.rules threads=request-1,request-2
public final class FeatureInitGetThenSet {

    static final class Feature {
        final AtomicBoolean started = new AtomicBoolean();
        int rules;

        void ensureStarted() {
            if (!started.get()) {
                started.set(true);
                rules = loadRules(); // weft: race
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
