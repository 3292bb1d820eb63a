package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** A VarHandle found through {@code privateLookupIn} writes a plain double field; the reader reads it plainly too. */
// weft: expect race example.racehunt.PrivateLookupVarHandle$Gauge.level threads=filler,reader
public final class PrivateLookupVarHandle {

    static final class Gauge {
        private double level;
    }

    public static void main(String[] args) throws Exception {
        VarHandle level = MethodHandles.privateLookupIn(Gauge.class, MethodHandles.lookup())
                .findVarHandle(Gauge.class, "level", double.class);
        Gauge gauge = new Gauge();
        Threads.runAll(new String[] {"filler", "reader"},
                () -> {
                    for (int i = 0; i < 50; i++) {
                        level.set(gauge, i * 0.5); // weft: race
                    }
                },
                () -> {
                    double max = 0;
                    for (int i = 0; i < 50; i++) {
                        max = Math.max(max, (double) level.get(gauge)); // weft: race
                    }
                    System.out.println("max " + (max >= 0));
                });
    }
}
