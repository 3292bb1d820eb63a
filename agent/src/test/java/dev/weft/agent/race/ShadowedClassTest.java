package dev.weft.agent.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.analysis.race.SyncClock;
import dev.weft.runtime.Shadowed;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/** Installing an object's shadow or its only clock: once, whichever thread comes first; a shadow takes the clock over. */
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

    /** The object's shadow, as the race detector finds it. */
    private static ObjectShadow shadowOf(Shadowed object) {
        Object seen = object.weft$shadow();
        return seen instanceof ObjectShadow shadow ? shadow : ShadowedClass.install(object, seen);
    }

    @Test
    void installsOneShadowAndReturnsItAfterwards() {
        for (Shadowed object : List.of(new Instrumented(), new Sub())) {
            ObjectShadow shadow = shadowOf(object);
            assertSame(shadow, object.weft$shadow(), object.getClass().getSimpleName());
            assertSame(shadow, shadowOf(object), "a late installer gets the first shadow");
        }
    }

    @Test
    void aClockAloneNeedsNoShadowUntilASecondClockOrAFieldComes() {
        Sub object = new Sub();
        SyncClock lock = ShadowedClass.clock(object, ObjectShadow.LOCK);
        assertSame(lock, object.weft$shadow(), "the clock alone, in the shadow field");
        assertSame(lock, ShadowedClass.clock(object, ObjectShadow.LOCK));
        SyncClock volatileField = ShadowedClass.clock(object, 7);
        ObjectShadow shadow = assertInstanceOf(ObjectShadow.class, object.weft$shadow(), "a second clock makes the shadow");
        assertSame(lock, shadow.clock(ObjectShadow.LOCK), "the shadow took the first clock over");
        assertSame(volatileField, shadow.clock(7));
        assertSame(volatileField, ShadowedClass.clock(object, 7));

        Sub other = new Sub();
        SyncClock handOff = ShadowedClass.clock(other, ObjectShadow.HAND_OFF);
        ObjectShadow fields = shadowOf(other);
        assertSame(fields, other.weft$shadow(), "a field's access makes the shadow");
        assertSame(handOff, fields.clock(ObjectShadow.HAND_OFF));
        assertEquals(0, fields.slots());
    }

    @Test
    void threadsTakingAClockOverAtOnceAgreeOnOneShadowAndKeepTheClock() throws InterruptedException {
        for (int round = 0; round < 50; round++) {
            Sub object = new Sub();
            SyncClock lock = ShadowedClass.clock(object, ObjectShadow.LOCK);
            List<Object> got = new CopyOnWriteArrayList<>();
            runAtOnce(4, i -> got.add(i % 2 == 0 ? shadowOf(object) : ShadowedClass.clock(object, 9)));
            ObjectShadow shadow = assertInstanceOf(ObjectShadow.class, object.weft$shadow());
            assertSame(lock, shadow.clock(ObjectShadow.LOCK));
            for (Object each : got) {
                assertSame(each instanceof SyncClock ? shadow.clock(9) : shadow, each);
            }
        }
    }

    /** Runs {@code task} on {@code threads} threads started at once (each given its number), and waits for them. */
    private static void runAtOnce(int threads, IntConsumer task) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int number = i;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                task.accept(number);
            });
            thread.start();
            started.add(thread);
        }
        start.countDown();
        for (Thread thread : started) {
            thread.join();
        }
    }

    @Test
    void threadsInstallingAtOnceAgreeOnOneShadow() throws InterruptedException {
        for (int round = 0; round < 50; round++) {
            Sub object = new Sub();
            List<ObjectShadow> got = new CopyOnWriteArrayList<>();
            runAtOnce(4, i -> got.add(shadowOf(object)));
            assertEquals(4, got.size());
            assertNotNull(object.weft$shadow());
            for (ObjectShadow shadow : got) {
                assertSame(object.weft$shadow(), shadow);
            }
        }
    }
}
