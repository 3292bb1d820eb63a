package example.racehunt;

import java.util.function.Consumer;

/** The fixed twin of {@code BridgeMethodSetter}: the gauge's {@code accept} is {@code synchronized}. */
// weft: expect none
public final class BridgeMethodSetterLocked {

    static final class Gauge implements Consumer<Integer> {
        private int reading;

        @Override
        public synchronized void accept(Integer value) {
            reading = value;
        }

        synchronized int reading() {
            return reading;
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
        System.out.println("reading " + gauge.reading());
    }
}
