package example.racehunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/** An exporter reads a cell of a shared row through {@code MethodHandles.arrayElementGetter} while an editor writes it directly. */
// weft: expect race double[] threads=editor,exporter
public final class ColumnReaderElementGetter {

    static final MethodHandle GET = MethodHandles.arrayElementGetter(double[].class);

    public static void main(String[] args) throws InterruptedException {
        double[] row = {1.5, 2.5, 3.5};
        Threads.runAll(new String[] {"editor", "exporter"},
                () -> row[1] = 9.75, // weft: race
                () -> {
                    try {
                        System.out.println("cell " + (double) GET.invokeExact(row, 1)); // weft: race
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
