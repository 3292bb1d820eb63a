package example.racehunt;

import java.util.concurrent.atomic.AtomicInteger;

/** Writers claim distinct slots of a plain long[] with getAndIncrement; main reads the array after joining. */
// weft: expect none
public final class AtomicIndexSlots {

    public static void main(String[] args) throws InterruptedException {
        long[] log = new long[400];
        AtomicInteger next = new AtomicInteger();
        Runnable writer = () -> {
            for (int i = 0; i < 200; i++) {
                log[next.getAndIncrement()] = System.nanoTime();
            }
        };
        Threads.runAll(new String[] {"writer-1", "writer-2"}, writer, writer);
        long nonZero = 0;
        for (long entry : log) {
            nonZero += entry != 0 ? 1 : 0;
        }
        System.out.println("entries " + nonZero);
    }
}
