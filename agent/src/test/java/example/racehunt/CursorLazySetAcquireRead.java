package example.racehunt;

import java.util.concurrent.atomic.AtomicLong;

/** The twin of {@code CursorLazySetPlainRead}: {@code lazySet} (a release) read with {@code getAcquire} publishes the slot. */
// weft: expect none
public final class CursorLazySetAcquireRead {

    static final long[] SLOTS = new long[4];
    static final AtomicLong CURSOR = new AtomicLong();

    public static void main(String[] args) throws InterruptedException {
        Runnable writer = () -> {
            SLOTS[0] = 99;
            CURSOR.lazySet(1);
        };
        long[] tail = new long[1];
        Runnable tailer = () -> {
            while (CURSOR.getAcquire() == 0) {
                Thread.onSpinWait();
            }
            tail[0] = SLOTS[0];
        };
        Threads.runAll(new String[] {"writer", "tailer"}, writer, tailer);
        System.out.println("tail " + tail[0]);
    }
}
