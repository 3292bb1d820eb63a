package example.racehunt;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A log writer advances its published cursor with {@code lazySet} (a release store) after filling a
 * slot; the tailer reads the cursor with {@code getPlain}, which acquires nothing, then reads the slot.
 */
// weft: expect race long[] threads=writer,tailer
public final class CursorLazySetPlainRead {

    static final long[] SLOTS = new long[4];
    static final AtomicLong CURSOR = new AtomicLong();

    public static void main(String[] args) throws InterruptedException {
        Runnable writer = () -> {
            SLOTS[0] = 99; // weft: race
            CURSOR.lazySet(1);
        };
        long[] tail = new long[1];
        Runnable tailer = () -> {
            for (long spins = 0; CURSOR.getPlain() == 0 && spins < 50_000_000L; spins++) {
                Thread.onSpinWait();
            }
            tail[0] = SLOTS[0]; // weft: race
        };
        Threads.runAll(new String[] {"writer", "tailer"}, writer, tailer);
        System.out.println("tail " + tail[0]);
    }
}
