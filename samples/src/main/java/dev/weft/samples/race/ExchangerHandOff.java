package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.Exchanger;

/**
 * Double buffering: a filler thread fills a buffer while a drainer thread drains the other, and the two
 * swap buffers through an {@link Exchanger}.
 *
 * <p>A {@code Buffer} is a plain {@code String[]} and a plain {@code size}. {@code filler} fills its
 * buffer and exchanges it for the empty one; {@code drainer} exchanges its empty buffer for the full one,
 * reads and clears it, and exchanges it back in the next round; ten rounds. Actions before
 * {@code exchange} happen-before the return from the corresponding {@code exchange} in the other thread,
 * so each buffer's writes by one thread are ordered with the other thread's reads and writes of it: the
 * exchanger is the only thing ordering them.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model the exchanger would wrongly report
 * a race on {@code Buffer.size} or on an element of a {@code String[]}.
 */
@Sample(
        shows = "A filler and a drainer swap two buffers of plain fields through an Exchanger (double"
                + " buffering): each exchange orders the hand-over in both directions, no race.",
        expect = "none",
        twin = "RacyHashMapSwap")
public final class ExchangerHandOff {

    private static final int CAPACITY = 8;
    private static final int ROUNDS = 10;

    private ExchangerHandOff() {
    }

    /** A buffer of log lines, owned by one thread at a time, handed over by the exchanger. */
    static final class Buffer {
        final String[] lines = new String[CAPACITY];
        int size;
    }

    public static void main(String[] args) throws InterruptedException {
        Exchanger<Buffer> exchanger = new Exchanger<>();
        Buffer first = new Buffer();
        Buffer second = new Buffer();
        int[] drained = new int[1];
        Thread filler = new Thread(() -> {
            Buffer buffer = first;
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < CAPACITY; i++) {
                        buffer.lines[i] = "line " + (round * CAPACITY + i);
                    }
                    buffer.size = CAPACITY;
                    buffer = exchanger.exchange(buffer);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "filler");
        Thread drainer = new Thread(() -> {
            Buffer buffer = second;
            int count = 0;
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    buffer = exchanger.exchange(buffer);
                    for (int i = 0; i < buffer.size; i++) {
                        count += buffer.lines[i].isEmpty() ? 0 : 1;
                        buffer.lines[i] = null;
                    }
                    buffer.size = 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            drained[0] = count;
        }, "drainer");
        filler.start();
        drainer.start();
        filler.join();
        drainer.join();
        System.out.println("drained " + drained[0] + " lines in " + ROUNDS + " exchanges");
    }
}
