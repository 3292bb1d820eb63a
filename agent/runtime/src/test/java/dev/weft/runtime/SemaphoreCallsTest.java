package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wait-for hooks of a {@code Semaphore}'s calls ({@link SemaphoreCalls}): what each call tells the listener. */
class SemaphoreCallsTest {

    private final List<String> events = new ArrayList<>();

    @AfterEach
    void removeListener() {
        Weft.install(Listener.NOOP);
    }

    private static MethodHandle call(String name, Class<?> returned, Class<?>... parameters) throws ReflectiveOperationException {
        MethodType type = MethodType.methodType(returned, parameters);
        return MethodHandles.lookup().findVirtual(Semaphore.class, name, type).asType(type.insertParameterTypes(0, Semaphore.class));
    }

    private static MethodHandle hooked(String name, Class<?> returned, Class<?>... parameters) throws ReflectiveOperationException {
        MethodHandle call = call(name, returned, parameters);
        MethodHandle hooked = SemaphoreCalls.withWaitForHooks(call, name, 7);
        assertNotSame(call, hooked, name);
        return hooked;
    }

    @Test
    void requestsTakesReleasesAndCallsOnSeveralPermitsReachTheListener() throws Throwable {
        Weft.install(new Listener() {
            @Override
            public void semaphoreRequested(Object semaphore, int site, boolean timed) {
                events.add("requested" + (timed ? " timed" : ""));
            }

            @Override
            public void semaphoreAcquired(Object semaphore, int site) {
                events.add("acquired");
            }

            @Override
            public void semaphoreNotAcquired(Object semaphore, int site) {
                events.add("not acquired");
            }

            @Override
            public void semaphoreReleasing(Object semaphore, int site) {
                events.add("releasing");
            }

            @Override
            public void semaphoreUnpaired(Object semaphore, int site) {
                events.add("unpaired");
            }
        });
        Semaphore semaphore = new Semaphore(1);
        hooked("acquire", void.class).invoke(semaphore);
        boolean none = (boolean) hooked("tryAcquire", boolean.class, long.class, TimeUnit.class).invoke(semaphore, 1L, TimeUnit.MILLISECONDS);
        boolean again = (boolean) hooked("tryAcquire", boolean.class).invoke(semaphore);
        hooked("release", void.class).invoke(semaphore);
        hooked("acquireUninterruptibly", void.class, int.class).invoke(semaphore, 1);
        hooked("release", void.class, int.class).invoke(semaphore, 2);
        int drained = (int) hooked("drainPermits", int.class).invoke(semaphore);
        assertFalse(none);
        assertFalse(again);
        assertEquals(2, drained);
        assertEquals(List.of("requested", "acquired", "requested timed", "not acquired", "releasing", "requested", "acquired",
                "unpaired", "unpaired"), events);
    }

    @Test
    void callsThatNeitherTakeNorGiveBackPermitsAreLeftAsTheyAre() throws Throwable {
        MethodHandle available = call("availablePermits", int.class);
        assertSame(available, SemaphoreCalls.withWaitForHooks(available, "availablePermits", 7));
    }
}
