package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.agent.instrument.RecordingListener.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalInstrumentationTest {

    private final Fixtures fixtures = Fixtures.withHandOffs();

    private List<Event> mainEvents() {
        String main = Thread.currentThread().getName();
        return fixtures.listener.events().stream().filter(e -> e.thread().equals(main)).toList();
    }

    private void assertAllOn(Object sync) {
        mainEvents().forEach(e -> assertSame(sync, e.object(), e.toString()));
    }

    /**
     * Receiving an interrupt acquires the thread, which {@code interrupt()} released, and the one object that
     * {@code shutdownNow()} and {@code cancel(true)} release (the JDK interrupts the threads they stop).
     */
    private void assertInterruptsAcquired() {
        List<RecordingListener.Event> events = mainEvents();
        assertSame(Thread.currentThread(), events.get(0).object(), events.get(0).toString());
        for (int i = 1; i < events.size(); i += 2) {
            assertSame(Thread.currentThread(), events.get(i).object(), events.get(i).toString());
            assertSame(events.get(2).object(), events.get(i + 1).object(), events.get(i + 1).toString());
        }
    }

    @Test
    void interruptReleasesTheThreadAndSeeingItSetAcquiresIt() throws Throwable {
        assertEquals(List.of(true, true, false), fixtures.run("Signals", "interruptSelf"));
        assertEquals(List.of("releasing Thread", "acquired Thread", "acquired Object", "acquired Thread", "acquired Object"),
                fixtures.events());
        assertInterruptsAcquired();
    }

    @Test
    void handlerOfInterruptedExceptionAcquiresTheCurrentThread() throws Throwable {
        assertEquals("woken", fixtures.run("Signals", "interruptedSleep"));
        assertEquals(List.of("releasing Thread", "acquired Thread", "acquired Object"), fixtures.events());
        assertInterruptsAcquired();
    }

    @Test
    void threadFoundNotAliveIsJoined() throws Throwable {
        Thread worker = (Thread) fixtures.run("Signals", "aliveUntilEnded");
        assertEquals(List.of("threadStarting Thread", "joinEnded Thread"), fixtures.events());
        assertSame(worker, mainEvents().get(1).object());
    }

    @Test
    void threadSeenInStateTerminatedIsJoined() throws Throwable {
        Thread worker = (Thread) fixtures.run("Signals", "terminatedStateSeen");
        assertEquals(List.of("threadStarting Thread", "joinEnded Thread"), fixtures.events());
        assertSame(worker, mainEvents().get(1).object());
    }

    @Test
    void unparkReleasesTheThreadAndParkAcquiresTheCurrentOne() throws Throwable {
        Thread self = (Thread) fixtures.run("Signals", "unparkThenPark");
        assertEquals(List.of("releasing Thread", "acquired Thread"), fixtures.events());
        assertAllOn(self);
    }

    @Test
    void everyVarHandleAccessGoesThroughTheHandleAndFencesThroughOneObject() throws Throwable {
        List<?> result = (List<?>) fixtures.run("Signals", "varHandleAccesses");
        assertEquals(List.of("config", true, "next"), result.subList(1, 4));
        List<Event> events = mainEvents();
        assertEquals(8, events.size(), events.toString());
        events.subList(0, 6).forEach(e -> assertSame(result.get(0), e.object(), e.toString()));
        assertEquals(List.of("releasing", "acquired"), events.subList(6, 8).stream().map(Event::kind).toList());
        assertSame(events.get(6).object(), events.get(7).object());
    }

    @Test
    void fieldUpdaterCallsGoThroughTheUpdater() throws Throwable {
        List<?> result = (List<?>) fixtures.run("Signals", "fieldUpdater");
        assertEquals(1, result.get(1));
        assertEquals(2, mainEvents().size());
        assertAllOn(result.get(0));
    }

    @Test
    void conditionAwaitReleasesAndRetakesItsLockAndHandsOffThroughIt() throws Throwable {
        List<?> result = (List<?>) fixtures.run("Signals", "conditionAwaitAndSignal");
        assertEquals(false, result.get(1));
        assertEquals(List.of(
                "lockRequested ReentrantLock", "lockAcquired ReentrantLock",
                "lockReleasing ReentrantLock", "releasing ReentrantLock",       // await
                "lockAcquired ReentrantLock", "acquired ReentrantLock",
                "releasing ReentrantLock", "acquired ReentrantLock",            // signal
                "lockReleasing ReentrantLock"), fixtures.events());
        assertAllOn(result.get(0));
    }

    @Test
    void handlerOfExceptionAcquiresTheCurrentThreadWhenItCaughtAnInterrupt() throws Throwable {
        assertEquals("woken", fixtures.run("Signals", "interruptCaughtAsException"));
        assertEquals(List.of("releasing Thread", "acquired Thread", "acquired Object"), fixtures.events());
        assertInterruptsAcquired();
    }

    @Test
    void handlerOfExceptionAcquiresNothingWhenItCaughtAnotherException() throws Throwable {
        assertEquals("caught", fixtures.run("Signals", "otherExceptionCaughtAsException"));
        assertEquals(List.of(), fixtures.events());
    }

    @Test
    void finallyLeftByAnInterruptAcquiresTheCurrentThreadBeforeTheHandlerOfItsCaller() throws Throwable {
        assertEquals("logged", fixtures.run("Signals", "interruptThroughFinally"));
        assertEquals(List.of("releasing Thread", "acquired Thread", "acquired Object", "acquired Thread", "acquired Object"),
                fixtures.events());
        assertInterruptsAcquired();
    }
}
