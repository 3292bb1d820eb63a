package dev.weft.agent.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.runtime.Shadowed;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Installing an object's shadow: once, whichever thread comes first. */
class ShadowedClassTest {

    /** The handle of {@code type}'s {@code Object} field {@code field}, as instrumentation makes it. */
    static VarHandle handle(Class<?> type, String field) {
        try {
            return MethodHandles.lookup().findVarHandle(type, field, Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** As instrumentation leaves the topmost instrumented class of a hierarchy. */
    static class Instrumented implements Shadowed {
        private static final VarHandle SHADOW = handle(Instrumented.class, "weft$shadow");
        private transient Object weft$shadow;

        @Override
        public Object weft$shadow() {
            return weft$shadow;
        }

        @Override
        public void weft$shadow(Object shadow) {
            weft$shadow = shadow;
        }

        @Override
        public boolean weft$shadowIfNone(Object shadow) {
            return SHADOW.compareAndSet(this, null, shadow);
        }
    }

    /** A subclass: the field is its superclass's. */
    static final class Sub extends Instrumented { }

    @Test
    void installsOneShadowAndReturnsItAfterwards() {
        for (Shadowed object : List.of(new Instrumented(), new Sub())) {
            ShadowedClass type = new ShadowedClass();
            ObjectShadow shadow = type.install(object);
            assertSame(shadow, object.weft$shadow(), object.getClass().getSimpleName());
            assertSame(shadow, type.install(object), "a late installer gets the first shadow");
        }
    }

    @Test
    void threadsInstallingAtOnceAgreeOnOneShadow() throws InterruptedException {
        ShadowedClass type = new ShadowedClass();
        for (int round = 0; round < 50; round++) {
            Sub object = new Sub();
            CountDownLatch start = new CountDownLatch(1);
            List<ObjectShadow> got = new CopyOnWriteArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread thread = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    got.add(type.install(object));
                });
                thread.start();
                threads.add(thread);
            }
            start.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            assertEquals(4, got.size());
            assertNotNull(object.weft$shadow());
            for (ObjectShadow shadow : got) {
                assertSame(object.weft$shadow(), shadow);
            }
        }
    }
}
