package example.racehunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/** A column loader stores a value into a shared row with {@code MethodHandles.arrayElementSetter} while a reader reads the slot directly. */
// weft: expect race long[] threads=loader,reader
public final class ColumnLoaderElementSetter {

    static final MethodHandle SET = MethodHandles.arrayElementSetter(long[].class);

    public static void main(String[] args) throws InterruptedException {
        long[] row = new long[4];
        row[2] = 1;
        Threads.runAll(new String[] {"loader", "reader"},
                () -> {
                    try {
                        SET.invokeExact(row, 2, 42L); // weft: race
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                },
                () -> System.out.println("cell " + row[2])); // weft: race
    }
}
