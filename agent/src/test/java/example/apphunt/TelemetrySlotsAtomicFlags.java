package example.apphunt;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A telemetry buffer of slots: producers claim a slot by {@code compareAndSet(i, FREE, WRITING)} on an
 * {@code AtomicIntegerArray} of states, write the plain payload arrays, then {@code set(i, FULL)}; the collector
 * reads a slot's payload only after it saw {@code FULL} with {@code get}, then frees it with {@code set(i, FREE)},
 * after which a producer may claim it again.
 */
// weft: expect none
public final class TelemetrySlotsAtomicFlags {

    static final int FREE = 0;
    static final int WRITING = 1;
    static final int FULL = 2;

    public static void main(String[] args) throws InterruptedException {
        int slots = 8;
        AtomicIntegerArray state = new AtomicIntegerArray(slots);
        long[] timestamps = new long[slots];
        String[] metrics = new String[slots];
        double[] values = new double[slots];
        int perProducer = 300;
        Thread[] producers = new Thread[2];
        for (int p = 0; p < producers.length; p++) {
            int me = p;
            producers[p] = new Thread(() -> {
                int sent = 0;
                int slot = me;
                while (sent < perProducer) {
                    if (state.compareAndSet(slot, FREE, WRITING)) {
                        timestamps[slot] = System.nanoTime();
                        metrics[slot] = "cpu.core" + me;
                        values[slot] = sent * 0.5;
                        state.set(slot, FULL);
                        sent++;
                    } else {
                        Thread.yield();
                    }
                    slot = (slot + 1) % slots;
                }
            }, "producer-" + p);
            producers[p].start();
        }
        double sum = 0;
        int collected = 0;
        int names = 0;
        for (int slot = 0; collected < perProducer * producers.length; slot = (slot + 1) % slots) {
            if (state.get(slot) == FULL) {
                sum += values[slot];
                names += metrics[slot].length() + (timestamps[slot] > 0 ? 1 : 0);
                metrics[slot] = null;
                state.set(slot, FREE);
                collected++;
            } else if (slot == slots - 1) {
                Thread.yield();
            }
        }
        for (Thread producer : producers) {
            producer.join();
        }
        System.out.println(collected + " " + sum + " " + names);
    }
}
