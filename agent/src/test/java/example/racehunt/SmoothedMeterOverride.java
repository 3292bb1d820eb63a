package example.racehunt;

/** A subclass overrides the meter's accessor and reads the inherited field itself; the base class's tick writes it. */
// weft: expect race example.racehunt.SmoothedMeterOverride$Meter.reading threads=sensor,dashboard
public final class SmoothedMeterOverride {

    static class Meter {
        protected long reading;

        void tick() {
            reading += 3; // weft: race
        }

        long reading() {
            return reading;
        }
    }

    static final class SmoothedMeter extends Meter {
        @Override
        long reading() {
            return reading / 10 * 10; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Meter meter = new SmoothedMeter();
        Threads.runAll(new String[] {"sensor", "dashboard"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        meter.tick();
                    }
                },
                () -> {
                    long shown = 0;
                    for (int i = 0; i < 100; i++) {
                        shown = Math.max(shown, meter.reading());
                    }
                    System.out.println("shown " + (shown >= 0));
                });
    }
}
