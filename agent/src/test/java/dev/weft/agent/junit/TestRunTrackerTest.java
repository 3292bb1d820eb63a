package dev.weft.agent.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.DeadlockFinding;
import dev.weft.report.Finding;
import dev.weft.report.RaceFinding;
import dev.weft.report.TestAttribution;
import dev.weft.trace.Site;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.opentest4j.AssertionFailedError;

/** The tracker on JUnit Platform descriptors and results made here, as the launcher's listener hands them. */
class TestRunTrackerTest {

    private final TestRunTracker tracker = new TestRunTracker(Set.of("race", "deadlock"), () -> { },
            new PrintStream(new ByteArrayOutputStream(), true));
    private final Descriptor engine = new Descriptor(UniqueId.forEngine("junit-jupiter"), "JUnit Jupiter", null, false);
    private final Descriptor suite = engine.child("class", "CacheTest", ClassSource.from("com.example.CacheTest"), false);

    /** A test or container as an engine describes it. */
    private static final class Descriptor extends AbstractTestDescriptor {
        private final boolean test;

        Descriptor(UniqueId id, String name, org.junit.platform.engine.TestSource source, boolean test) {
            super(id, name, source);
            this.test = test;
        }

        Descriptor child(String type, String name, org.junit.platform.engine.TestSource source, boolean test) {
            return new Descriptor(getUniqueId().append(type, name), name, source, test);
        }

        @Override
        public Type getType() {
            return test ? Type.TEST : Type.CONTAINER;
        }
    }

    private Descriptor test(String method) {
        return suite.child("method", method + "()", MethodSource.from("com.example.CacheTest", method, ""), true);
    }

    private static RaceFinding race(String field) {
        Site site = new Site("com.example.Cache", "put", "Cache.java", 12);
        RaceFinding.Access access = new RaceFinding.Access("t", 1, "write", site, List.of(site), List.of());
        return RaceFinding.of(field, null, access, access);
    }

    private void startSuite() {
        tracker.started(this, engine);
        tracker.started(this, suite);
    }

    private Object finish(Descriptor test) {
        return tracker.finished(this, test, TestExecutionResult.successful());
    }

    @Test
    void aFindingOutsideAJUnitRunIsNotAttributed() {
        assertNull(tracker.attribute(race("com.example.Cache.size")));
    }

    @Test
    void aRaceOnTheTestsThreadIsTheTestsAndFailsItWithTheFindingsText() {
        startSuite();
        Descriptor test = test("puts");
        tracker.started(this, test);

        TestAttribution attribution = tracker.attribute(race("com.example.Cache.size"));
        TestExecutionResult result = (TestExecutionResult) finish(test);

        assertEquals(new TestAttribution.TestId("com.example.CacheTest", "puts", "puts()",
                "[engine:junit-jupiter]/[class:CacheTest]/[method:puts()]"), attribution.test());
        assertEquals(TestExecutionResult.Status.FAILED, result.getStatus());
        AssertionFailedError failure = (AssertionFailedError) result.getThrowable().orElseThrow();
        assertTrue(failure.getMessage().startsWith("weft: race detected during execution of this test (race:"), failure.getMessage());
        assertTrue(failure.getMessage().contains("com.example.Cache.size"), failure.getMessage());
    }

    @Test
    void aTestWithoutFindingsKeepsItsResultAndItsOwnFailureIsKeptUnderWefts() {
        startSuite();
        Descriptor clean = test("clean");
        tracker.started(this, clean);
        TestExecutionResult success = TestExecutionResult.successful();
        assertSame(success, tracker.finished(this, clean, success));

        Descriptor failing = test("failing");
        tracker.started(this, failing);
        tracker.attribute(race("com.example.Cache.size"));
        AssertionError own = new AssertionError("expected 2 but was 1");
        TestExecutionResult result = (TestExecutionResult) tracker.finished(this, failing, TestExecutionResult.failed(own));
        assertEquals(List.of(own), List.of(result.getThrowable().orElseThrow().getSuppressed()));
    }

    @Test
    void aRaceInAThreadTheTestStartedIsTheTests() throws Exception {
        startSuite();
        Descriptor test = test("puts");
        tracker.started(this, test);
        AtomicReference<TestAttribution> seen = new AtomicReference<>();
        Thread worker = new Thread(() -> seen.set(tracker.attribute(race("com.example.Cache.size"))));
        worker.start();
        worker.join();

        assertEquals("puts", seen.get().test().method());
        assertEquals(TestExecutionResult.Status.FAILED, ((TestExecutionResult) finish(test)).getStatus());
    }

    @Test
    void aRaceByAThreadAFinishedTestLeftIsBlamedOnNoTest() throws Exception {
        startSuite();
        Descriptor leaker = test("leaks");
        tracker.started(this, leaker);
        Object go = new Object();
        AtomicReference<TestAttribution> seen = new AtomicReference<>();
        Thread leaked = new Thread(() -> {
            synchronized (go) {
                try {
                    go.wait();
                } catch (InterruptedException e) {
                    return;
                }
            }
            seen.set(tracker.attribute(race("com.example.Cache.size")));
        });
        leaked.start();
        finish(leaker);
        Descriptor next = test("next");
        tracker.started(this, next);
        while (leaked.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        synchronized (go) {
            go.notifyAll();
        }
        leaked.join();

        assertEquals(TestAttribution.outside("in a thread leaked by test com.example.CacheTest.leaks(), after that test ended"), seen.get());
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, ((TestExecutionResult) finish(next)).getStatus());
    }

    @Test
    void aFindingInAClassSetUpOrOfAKindThatDoesNotFailFailsNoTest() {
        startSuite();
        assertEquals(TestAttribution.outside("in the set-up or tear-down of com.example.CacheTest"),
                tracker.attribute(race("com.example.Cache.size")));

        Site initializer = new Site("com.example.Cache", "<clinit>", "Cache.java", 5);
        RaceFinding.Access access = new RaceFinding.Access("t", 1, "write", initializer, List.of(initializer), List.of());
        assertEquals(TestAttribution.outside("in the static initializer of com.example.Cache, during com.example.CacheTest"),
                tracker.attribute(RaceFinding.of("com.example.Cache.EMPTY", null, access, access)));

        TestRunTracker racesOnly = new TestRunTracker(Set.of("deadlock"), () -> { }, new PrintStream(new ByteArrayOutputStream()));
        racesOnly.started(this, engine);
        Descriptor test = test("puts");
        racesOnly.started(this, test);
        assertEquals("puts", racesOnly.attribute(race("com.example.Cache.size")).test().method());
        assertEquals(TestExecutionResult.Status.SUCCESSFUL,
                ((TestExecutionResult) racesOnly.finished(this, test, TestExecutionResult.successful())).getStatus());
    }

    @Test
    void aDeadlockAmongATestsThreadsInterruptsItsRunnerWhichThenFails() throws Exception {
        startSuite();
        Descriptor test = test("transfers");
        AtomicReference<Object> result = new AtomicReference<>();
        Object never = new Object();
        Thread runner = new Thread(() -> {
            tracker.started(this, test);
            Thread stuck = new Thread(() -> {
                synchronized (never) {
                    try {
                        never.wait();
                    } catch (InterruptedException e) {
                        // ends the thread when the test is over
                    }
                }
            }, "stuck");
            stuck.start();
            try {
                stuck.join(); // as a test waits for its deadlocked threads
            } catch (InterruptedException e) {
                // weft's interrupt: the test ends
            }
            stuck.interrupt();
            try {
                Object finished = finish(test);
                result.set(List.of(finished, Thread.currentThread().isInterrupted()));
            } catch (Throwable t) {
                result.set(List.of(t, false));
            }
        }, "runner");
        runner.start();
        Thread stuck;
        while ((stuck = thread("stuck")) == null || stuck.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }

        TestAttribution attribution = tracker.attribute(deadlockOf(stuck));
        runner.join(10_000);
        stuck.interrupt();

        assertFalse(runner.isAlive(), "the runner was interrupted out of its wait");
        assertEquals("transfers", attribution.test().method());
        List<?> outcome = (List<?>) result.get();
        if (outcome.get(0) instanceof Throwable failure) {
            throw new AssertionError(failure);
        }
        assertEquals(TestExecutionResult.Status.FAILED, ((TestExecutionResult) outcome.get(0)).getStatus());
        assertFalse((Boolean) outcome.get(1), "weft's interrupt does not reach the next test");
    }

    private static Thread thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst().orElse(null);
    }

    private static Finding deadlockOf(Thread thread) {
        Site site = new Site("com.example.Bank", "transfer", "Bank.java", 31);
        DeadlockFinding.BlockedThread blocked = new DeadlockFinding.BlockedThread(thread.getName(), thread.getId(),
                "java.lang.Object@1", "exclusive", site, List.of(site), List.of());
        DeadlockFinding.LockInfo lock = new DeadlockFinding.LockInfo("java.lang.Object@1", "java.lang.Object", 1, "monitor",
                List.of(thread.getName()), List.of(thread.getName()), List.of(site));
        return new DeadlockFinding("deadlock:1", DeadlockFinding.DetectedBy.WAIT_FOR_GRAPH, List.of(blocked), List.of(lock));
    }
}
