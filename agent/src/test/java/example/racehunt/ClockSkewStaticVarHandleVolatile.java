package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** The twin of {@code ClockSkewStaticVarHandle}: both sides reach the static offset through the handle's volatile modes. */
// weft: expect none
public final class ClockSkewStaticVarHandleVolatile {

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
            OFFSET.setVolatile(measured);
        }

        static long now() {
            return System.nanoTime() + (long) OFFSET.getVolatile();
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
