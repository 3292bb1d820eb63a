package example.racehunt;

import java.util.concurrent.atomic.AtomicIntegerArray;

/** The twin of {@code TelemetryAtomicArrayPlain}: the marks are set and read in volatile mode, which publishes the readings. */
// weft: expect none
public final class TelemetryAtomicArrayVolatile {

    static final class Buffer {
        final double[] readings = new double[4];
        final AtomicIntegerArray filled = new AtomicIntegerArray(4);

        void put(int slot, double value) {
            readings[slot] = value;
            filled.set(slot, 1);
        }

        double take(int slot) {
            while (filled.get(slot) == 0) {
                Thread.onSpinWait();
            }
            return readings[slot];
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Buffer buffer = new Buffer();
        double[] exported = new double[1];
        Threads.runAll(new String[] {"probe", "exporter"}, () -> buffer.put(2, 21.5), () -> exported[0] = buffer.take(2));
        System.out.println("exported " + exported[0]);
    }
}
