package example.racehunt;

import java.util.concurrent.atomic.AtomicInteger;

/** The twin of {@code ConfigAtomicSetPlain}: the atomic's volatile {@code set} and {@code get} publish the settings. */
// weft: expect none
public final class ConfigAtomicSetVolatile {

    static final class Loader implements Runnable {
        final AtomicInteger version = new AtomicInteger();
        int poolSize;

        @Override
        public void run() {
            poolSize = 16;
            version.set(1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Loader loader = new Loader();
        int[] seen = new int[1];
        Runnable reader = () -> {
            while (loader.version.get() == 0) {
                Thread.onSpinWait();
            }
            seen[0] = loader.poolSize;
        };
        Threads.runAll(new String[] {"loader", "reader"}, loader, reader);
        System.out.println("pool " + seen[0]);
    }
}
