package example.racehunt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each worker keeps a scratch buffer in a {@code ThreadLocal}, and registers it in a shared map so that a monitor can
 * show its size: the worker goes on changing the buffer after the hand-off, while the monitor reads it.
 */
// weft: expect race example.racehunt.ScratchThreadLocalPublished$Scratch.used threads=monitor,worker
public final class ScratchThreadLocalPublished {

    static final class Scratch {
        int used;
    }

    static final Map<String, Scratch> REGISTERED = new ConcurrentHashMap<>();
    static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(() -> {
        Scratch scratch = new Scratch();
        REGISTERED.put(Thread.currentThread().getName(), scratch);
        return scratch;
    });

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"worker", "monitor"}, () -> {
            for (int i = 0; i < 2000; i++) {
                SCRATCH.get().used = i % 64; // weft: race
            }
        }, () -> {
            long shown = 0;
            for (int i = 0; i < 2000; i++) {
                for (Scratch scratch : REGISTERED.values()) {
                    shown += scratch.used; // weft: race
                }
            }
            System.out.println(shown);
        });
    }
}
