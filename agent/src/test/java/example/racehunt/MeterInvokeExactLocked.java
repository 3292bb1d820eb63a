package example.racehunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** The fixed {@link MeterInvokeExact}: the meter's {@code tick()} is {@code synchronized}. */
// weft: expect none
public final class MeterInvokeExactLocked {

    static final class Meter {
        long calls;

        synchronized void tick() {
            calls++;
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
        synchronized (meter) {
            System.out.println("calls " + meter.calls);
        }
    }
}
