package example.racehunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * Twin of {@code ColumnLoaderElementSetter} and {@code ColumnReaderElementGetter}: the loader's setter call and the
 * reader's getter call hold the row's lock; a second loader fills a row of its own through the same setter, called with
 * {@code invoke}. Correct: no finding.
 */
// weft: expect none
public final class ColumnLoaderElementSetterLocked {

    static final MethodHandle SET = MethodHandles.arrayElementSetter(long[].class);
    static final MethodHandle GET = MethodHandles.arrayElementGetter(long[].class);

    public static void main(String[] args) throws InterruptedException {
        long[] row = new long[4];
        row[2] = 1;
        Threads.runAll(new String[] {"loader", "reader", "other-loader"},
                () -> {
                    try {
                        synchronized (row) {
                            SET.invokeExact(row, 2, 42L);
                        }
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                },
                () -> {
                    try {
                        synchronized (row) {
                            System.out.println("cell " + (long) GET.invokeExact(row, 2));
                        }
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                },
                () -> {
                    long[] own = new long[4];
                    try {
                        for (int i = 0; i < own.length; i++) {
                            SET.invoke(own, i, (long) i);
                        }
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                    System.out.println("own " + own[3]);
                });
    }
}
