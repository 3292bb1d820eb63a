package example.explorehunt;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A server waits for its cache to be warm by spinning on an {@code AtomicBoolean} with {@code Thread.onSpinWait()}
 * while a warmer fills the cache and sets the flag. Correct where threads are preempted; under a cooperative scheduler
 * (one CPU, a thread runs until it blocks or yields) a server that spins first keeps the CPU the warmer waits for:
 * {@code onSpinWait} is a hint to the processor, not a yield (a starvation).
 */
// weft: expect none
public final class WarmupSpinOnSpinWait {

    static final AtomicBoolean WARM = new AtomicBoolean();
    static int cached;

    public static void main(String[] args) throws InterruptedException {
        Thread server = new Thread(() -> {
            while (!WARM.get()) {
                Thread.onSpinWait();
            }
            System.out.println("serving " + cached + " entries");
        }, "server");
        Thread warmer = new Thread(() -> {
            cached = 128;
            WARM.set(true);
        }, "warmer");
        server.start();
        warmer.start();
        server.join();
        warmer.join();
    }
}
