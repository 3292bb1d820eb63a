package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** {@link OpaqueFlagAcquireRead} fixed: the flag is set with {@code setRelease}, which pairs with {@code getAcquire}. */
// weft: expect none
public final class OpaqueFlagAcquireReadRelease {

    private static final VarHandle READY;

    static {
        try {
            READY = MethodHandles.lookup().findStaticVarHandle(OpaqueFlagAcquireReadRelease.class, "ready", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static int ready;
    private static String[] table;

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"loader", "reader"}, () -> {
            table = new String[] {"eu", "us"};
            READY.setRelease(1);
        }, () -> {
            while ((int) READY.getAcquire() == 0) {
                Thread.onSpinWait();
            }
            System.out.println(table.length + " regions");
        });
    }
}
