package example.racehunt;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A feature's one-time set-up is guarded by an {@code AtomicBoolean} read with {@code get()} and then set with
 * {@code set(true)} before the set-up runs: a request that sees it set reads the rules the set-up may still be
 * writing, and two requests that both see it unset both write them.
 */
// weft: expect race example.racehunt.FeatureInitGetThenSet$Feature.rules threads=request-1,request-2
public final class FeatureInitGetThenSet {

    static final class Feature {
        final AtomicBoolean started = new AtomicBoolean();
        int rules;

        int ensureStarted() {
            if (!started.get()) {
                started.set(true);
                rules = loadRules(); // weft: race
            }
            return rules; // weft: race
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
