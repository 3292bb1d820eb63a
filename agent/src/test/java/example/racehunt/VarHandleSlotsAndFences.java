package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Publication without locks or volatile fields of the program's own: each slot of a plain array is published
 * by {@code setRelease} of a flag element through {@code MethodHandles.arrayElementVarHandle} and read after
 * {@code getAcquire} sees it; a configuration is published by {@code VarHandle.releaseFence()} and an
 * opaque flag, read after the flag and {@code acquireFence()}: nothing to report.
 */
// weft: expect none
public final class VarHandleSlotsAndFences {

    static final VarHandle FLAGS = MethodHandles.arrayElementVarHandle(int[].class);
    static final VarHandle READY;

    static {
        try {
            READY = MethodHandles.lookup().findStaticVarHandle(VarHandleSlotsAndFences.class, "ready", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static final int SLOTS = 64;
    static final long[] samples = new long[SLOTS];
    static final int[] published = new int[SLOTS];
    static boolean ready;
    static String host;
    static int[] ports;

    public static void main(String[] args) throws InterruptedException {
        Runnable producer = () -> {
            host = "db.internal";
            ports = new int[] {5432, 5433};
            VarHandle.releaseFence();
            READY.setOpaque(true);
            for (int i = 0; i < SLOTS; i++) {
                samples[i] = i * 31L;
                FLAGS.setRelease(published, i, 1);
            }
        };
        Runnable consumer = () -> {
            while (!(boolean) READY.getOpaque()) {
                Thread.onSpinWait();
            }
            VarHandle.acquireFence();
            long sum = host.length() + ports[1];
            for (int i = 0; i < SLOTS; i++) {
                while ((int) FLAGS.getAcquire(published, i) == 0) {
                    Thread.onSpinWait();
                }
                sum += samples[i];
            }
            System.out.println("sum " + sum);
        };
        Threads.runAll(new String[] {"consumer", "producer"}, consumer, producer);
    }
}
