package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A loader publishes a table with {@code setOpaque} on a ready flag, and a reader waits with {@code getAcquire}:
 * an opaque write releases nothing, so the table's field races with the reader even once it saw the flag.
 */
// weft: expect race example.racehunt.OpaqueFlagAcquireRead.table threads=loader,reader
public final class OpaqueFlagAcquireRead {

    private static final VarHandle READY;

    static {
        try {
            READY = MethodHandles.lookup().findStaticVarHandle(OpaqueFlagAcquireRead.class, "ready", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static int ready;
    private static String[] table;

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"loader", "reader"}, () -> {
            table = new String[] {"eu", "us"}; // weft: race
            READY.setOpaque(1);
        }, () -> {
            while ((int) READY.getAcquire() == 0) {
                Thread.onSpinWait();
            }
            System.out.println(table.length + " regions"); // weft: race
        });
    }
}
