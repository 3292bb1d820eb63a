package example.racehunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * A throttle whose limit is set through a {@code MethodHandle} setter (as a small binding framework would
 * do) by the admin thread while the request thread reads the field directly.
 */
// weft: expect race example.racehunt.ThrottleMethodHandleSetter$Throttle.limit threads=admin,requests
public final class ThrottleMethodHandleSetter {

    static final class Throttle {
        int limit = 10;
    }

    public static void main(String[] args) throws Throwable {
        MethodHandle setLimit = MethodHandles.lookup().findSetter(Throttle.class, "limit", int.class);
        Throttle throttle = new Throttle();
        Runnable admin = () -> {
            for (int i = 0; i < 200; i++) {
                try {
                    setLimit.invokeExact(throttle, 10 + i % 5); // weft: race
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        long[] allowed = new long[1];
        Runnable requests = () -> {
            for (int i = 0; i < 200; i++) {
                allowed[0] += throttle.limit; // weft: race
            }
        };
        Threads.runAll(new String[] {"admin", "requests"}, admin, requests);
        System.out.println("allowed " + allowed[0]);
    }
}
