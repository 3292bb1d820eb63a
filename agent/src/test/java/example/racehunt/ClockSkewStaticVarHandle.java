package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A clock-skew estimator stores its static offset through a static field's {@code VarHandle} in plain mode
 * (the sync thread), while request threads read the static field directly: a plain write and a plain read.
 */
// weft: expect race example.racehunt.ClockSkewStaticVarHandle$Skew.offsetNanos threads=ntp-sync,request
public final class ClockSkewStaticVarHandle {

    static final class Skew {
        static long offsetNanos;
        static final VarHandle OFFSET;

        static {
            try {
                OFFSET = MethodHandles.lookup().findStaticVarHandle(Skew.class, "offsetNanos", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        static void adjust(long measured) {
            OFFSET.set(measured); // weft: race
        }

        static long now() {
            return System.nanoTime() + offsetNanos; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Skew.adjust(0);
        Runnable sync = () -> {
            for (int i = 0; i < 200; i++) {
                Skew.adjust(1_000L * (i % 9));
            }
        };
        long[] last = new long[1];
        Runnable request = () -> {
            for (int i = 0; i < 200; i++) {
                last[0] = Skew.now();
            }
        };
        Threads.runAll(new String[] {"ntp-sync", "request"}, sync, request);
        System.out.println("now " + (last[0] > 0));
    }
}
