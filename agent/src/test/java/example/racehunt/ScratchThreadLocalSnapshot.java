package example.racehunt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The fixed twin of {@code ScratchThreadLocalPublished}: the worker publishes a snapshot of its size, never the buffer. */
// weft: expect none
public final class ScratchThreadLocalSnapshot {

    static final class Scratch {
        int used;
    }

    static final Map<String, Integer> SIZES = new ConcurrentHashMap<>();
    static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"worker", "monitor"}, () -> {
            for (int i = 0; i < 2000; i++) {
                Scratch scratch = SCRATCH.get();
                scratch.used = i % 64;
                SIZES.put(Thread.currentThread().getName(), scratch.used);
            }
        }, () -> {
            long shown = 0;
            for (int i = 0; i < 2000; i++) {
                for (int used : SIZES.values()) {
                    shown += used;
                }
            }
            System.out.println(shown);
        });
    }
}
