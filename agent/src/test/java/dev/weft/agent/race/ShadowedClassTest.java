package dev.weft.agent.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.runtime.Shadowed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Installing an object's shadow: once, whichever thread comes first, with or without a reachable field. */
class ShadowedClassTest {

    /** As instrumentation leaves the topmost instrumented class of a hierarchy. */
    static class Instrumented implements Shadowed {
        private transient Object weft$shadow;

        @Override
        public Object weft$shadow() {
            return weft$shadow;
        }

        @Override
        public void weft$shadow(Object shadow) {
            weft$shadow = shadow;
        }
    }

    /** A subclass: the field is its superclass's. */
    static final class Sub extends Instrumented { }

    /** Shadowed without a field of that name: its shadow is set through the setter, under a lock. */
    static final class Elsewhere implements Shadowed {
        private Object state;

        @Override
        public Object weft$shadow() {
            return state;
        }

        @Override
        public void weft$shadow(Object shadow) {
            state = shadow;
        }
    }

    @Test
    void installsOneShadowAndReturnsItAfterwards() {
        for (Shadowed object : List.of(new Instrumented(), new Sub(), new Elsewhere())) {
            ShadowedClass type = ShadowedClass.of(object.getClass());
            ObjectShadow shadow = type.install(object);
            assertSame(shadow, object.weft$shadow(), object.getClass().getSimpleName());
            assertSame(shadow, type.install(object), "a late installer gets the first shadow");
        }
    }

    @Test
    void threadsInstallingAtOnceAgreeOnOneShadow() throws InterruptedException {
        ShadowedClass type = ShadowedClass.of(Sub.class);
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
