package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.StampedLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wait-for hooks of a {@code StampedLock}'s calls ({@link StampedLockCalls}): what each call tells the listener. */
class StampedLockCallsTest {

    private final List<String> events = new ArrayList<>();

    @AfterEach
    void removeListener() {
        Weft.install(Listener.NOOP);
    }

    private MethodHandle hooked(String name, Class<?> returned, Class<?>... parameters) throws ReflectiveOperationException {
        MethodType type = MethodType.methodType(returned, parameters);
        MethodHandle call = MethodHandles.lookup().findVirtual(StampedLock.class, name, type)
                .asType(type.insertParameterTypes(0, StampedLock.class));
        MethodHandle hooked = StampedLockCalls.withWaitForHooks(call, name, 7);
        assertNotSame(call, hooked, name);
        return hooked;
    }

    @Test
    void requestsTakesConversionsAndReleasesReachTheListenerWithTheirModes() throws Throwable {
        Weft.install(new Listener() {
            @Override
            public void stampRequested(Object lock, boolean write, int site, boolean timed) {
                events.add("requested " + (write ? "write" : "read") + (timed ? " timed" : ""));
            }

            @Override
            public void stampAcquired(Object lock, boolean write, int site) {
                events.add("acquired " + (write ? "write" : "read"));
            }

            @Override
            public void stampNotAcquired(Object lock, int site) {
                events.add("not acquired");
            }

            @Override
            public void stampReleasing(Object lock, boolean write, int site) {
                events.add("releasing " + (write ? "write" : "read"));
            }
        });
        StampedLock lock = new StampedLock();
        long read = (long) hooked("readLock", long.class).invoke(lock);
        long write = (long) hooked("tryConvertToWriteLock", long.class, long.class).invoke(lock, read);
        hooked("unlock", void.class, long.class).invoke(lock, write);
        long timed = (long) hooked("tryWriteLock", long.class, long.class, TimeUnit.class).invoke(lock, 1L, TimeUnit.SECONDS);
        long none = (long) hooked("tryReadLock", long.class).invoke(lock);
        hooked("unlockWrite", void.class, long.class).invoke(lock, timed);
        long plain = (long) hooked("writeLock", long.class).invoke(lock);
        hooked("unlockWrite", void.class, long.class).invoke(lock, plain);
        assertEquals(0L, none);
        assertEquals(List.of("requested read", "acquired read", "releasing read", "acquired write", "releasing write",
                "requested write timed", "acquired write", "releasing write", "requested write", "acquired write",
                "releasing write"), events);
    }
}
