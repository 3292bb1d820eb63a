package example.racehunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/** The twin of {@code ThrottleMethodHandleSetter}: the limit is {@code volatile}, set and read through its setter and getter handles. */
// weft: expect none
public final class ThrottleMethodHandleVolatile {

    static final class Throttle {
        volatile int limit = 10;
    }

    public static void main(String[] args) throws Throwable {
        MethodHandle setLimit = MethodHandles.lookup().findSetter(Throttle.class, "limit", int.class);
        MethodHandle getLimit = MethodHandles.lookup().findGetter(Throttle.class, "limit", int.class);
        Throttle throttle = new Throttle();
        Runnable admin = () -> {
            for (int i = 0; i < 200; i++) {
                try {
                    setLimit.invokeExact(throttle, 10 + i % 5);
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        long[] allowed = new long[1];
        Runnable requests = () -> {
            for (int i = 0; i < 200; i++) {
                try {
                    allowed[0] += (int) getLimit.invokeExact(throttle);
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        Threads.runAll(new String[] {"admin", "requests"}, admin, requests);
        System.out.println("allowed " + allowed[0]);
    }
}
