package example.racehunt;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A telemetry buffer marks each filled slot in an {@code AtomicIntegerArray} with {@code setPlain} and the
 * exporter polls the marks with {@code getPlain}: plain modes order nothing, so the readings written into
 * the plain {@code double[]} beside the marks race with the exporter's reads.
 */
// weft: expect race double[] threads=probe,exporter
public final class TelemetryAtomicArrayPlain {

    static final class Buffer {
        final double[] readings = new double[4];
        final AtomicIntegerArray filled = new AtomicIntegerArray(4);

        void put(int slot, double value) {
            readings[slot] = value; // weft: race
            filled.setPlain(slot, 1);
        }

        double take(int slot) {
            for (long spins = 0; filled.getPlain(slot) == 0 && spins < 50_000_000L; spins++) {
                Thread.onSpinWait();
            }
            return readings[slot]; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Buffer buffer = new Buffer();
        double[] exported = new double[1];
        Threads.runAll(new String[] {"probe", "exporter"}, () -> buffer.put(2, 21.5), () -> exported[0] = buffer.take(2));
        System.out.println("exported " + exported[0]);
    }
}
