package example.racehunt;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A configuration loader signals readiness with {@code AtomicInteger.setPlain} and the reader polls with
 * {@code getPlain}: plain modes of an atomic order nothing, so the settings written before the signal race
 * with the reader's use of them.
 */
// weft: expect race example.racehunt.ConfigAtomicSetPlain$Loader.poolSize threads=loader,reader
public final class ConfigAtomicSetPlain {

    static final class Loader implements Runnable {
        final AtomicInteger version = new AtomicInteger();
        int poolSize;

        @Override
        public void run() {
            poolSize = 16; // weft: race
            version.setPlain(1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Loader loader = new Loader();
        int[] seen = new int[1];
        Runnable reader = () -> {
            for (long spins = 0; loader.version.getPlain() == 0 && spins < 50_000_000L; spins++) {
                Thread.onSpinWait();
            }
            seen[0] = loader.poolSize; // weft: race
        };
        Threads.runAll(new String[] {"loader", "reader"}, loader, reader);
        System.out.println("pool " + seen[0]);
    }
}
