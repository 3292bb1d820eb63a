package example.racehunt;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The twin of SharedThreadLocalDefault: a new buffer per thread, registered in a concurrent queue that main sums after the joins. */
// weft: expect none
public final class ThreadLocalBuffers {

    static final class Scratch {
        int used;
    }

    private static final Queue<Scratch> ALL = new ConcurrentLinkedQueue<>();
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(() -> {
        Scratch scratch = new Scratch();
        ALL.add(scratch);
        return scratch;
    });

    public static void main(String[] args) throws InterruptedException {
        Runnable parse = () -> {
            for (int i = 0; i < 100; i++) {
                SCRATCH.get().used++;
            }
        };
        Threads.runAll(new String[] {"parser-1", "parser-2"}, parse, parse);
        int used = 0;
        for (Scratch scratch : ALL) {
            used += scratch.used;
        }
        System.out.println("used " + used);
    }
}
