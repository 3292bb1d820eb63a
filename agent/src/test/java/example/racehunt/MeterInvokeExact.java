package example.racehunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A dispatcher calls a meter's {@code tick()} through a {@code MethodHandle} with {@code invokeExact}, from two request
 * threads: the handle orders nothing, so the two {@code calls++} race.
 */
// weft: expect race example.racehunt.MeterInvokeExact$Meter.calls threads=request-1,request-2
public final class MeterInvokeExact {

    static final class Meter {
        long calls;

        void tick() {
            calls++; // weft: race
        }
    }

    private static final MethodHandle TICK;

    static {
        try {
            TICK = MethodHandles.lookup().findVirtual(Meter.class, "tick", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static void dispatch(Meter meter) {
        try {
            TICK.invokeExact(meter);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Meter meter = new Meter();
        Threads.runAll(new String[] {"request-1", "request-2"}, () -> dispatch(meter), () -> dispatch(meter));
        System.out.println("calls " + meter.calls);
    }
}
