package example.racehunt;

import java.util.function.Consumer;

/**
 * A gauge implements {@code Consumer<Integer>}, so its {@code accept(Integer)} is reached through the compiler's bridge
 * method {@code accept(Object)}; two sensor threads feed it through the interface with no lock.
 */
// weft: expect race example.racehunt.BridgeMethodSetter$Gauge.reading threads=sensor-1,sensor-2
public final class BridgeMethodSetter {

    static final class Gauge implements Consumer<Integer> {
        int reading;

        @Override
        public void accept(Integer value) {
            reading = value; // weft: race
        }
    }

    static void feed(Consumer<Integer> sink, int base) {
        for (int i = 0; i < 300; i++) {
            sink.accept(base + i);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Gauge gauge = new Gauge();
        Threads.runAll(new String[] {"sensor-1", "sensor-2"}, () -> feed(gauge, 0), () -> feed(gauge, 1_000));
        System.out.println("reading " + gauge.reading);
    }
}
