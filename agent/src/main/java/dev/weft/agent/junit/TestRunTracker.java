package dev.weft.agent.junit;

import dev.weft.agent.report.Attributor;
import dev.weft.report.DeadlockFinding;
import dev.weft.report.Finding;
import dev.weft.report.RaceFinding;
import dev.weft.report.TestAttribution;
import dev.weft.report.text.TextRenderer;
import dev.weft.runtime.TestRuns;
import dev.weft.trace.Site;
import java.io.PrintStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Follows a JUnit Platform run (through {@link TestRuns}, called by the launcher's listener that
 * {@link LauncherListenerTransformer} rewrites) and attributes each finding to the test it was made in:
 * the test run by the thread that made it, or by the thread that started that thread. When a test with
 * findings of a failing kind finishes, its result becomes a failure with the findings' text, so that the
 * test itself fails, inside the run.
 *
 * <p>A deadlock among a running test's threads interrupts the test's runner (typically waiting in
 * {@code join} or {@code get} for the deadlocked threads), so that the test ends, fails, and the run goes
 * on while the deadlocked threads stay parked. A runner that is itself in the deadlock cannot be freed:
 * the test is reported failed at once, from the detector's thread, and the run stays stuck (or ends with
 * {@code onDeadlock=halt}).
 */
public final class TestRunTracker implements TestRuns.Handler, Attributor {

    private final ThreadScopes scopes = new ThreadScopes();
    private final Map<Object, TestScope> running = Collections.synchronizedMap(new IdentityHashMap<>()); // by descriptor
    private final Set<String> failingKinds;
    private final Runnable beforeTestEnds;
    private final PrintStream err;
    private final TextRenderer text = new TextRenderer();
    private volatile boolean runStarted;
    private volatile boolean runEnded;

    /**
     * @param failingKinds   the kinds of findings that fail the test they were made in
     * @param beforeTestEnds runs on a test's thread just before it ends, while findings are still its own
     *                       (the lock-order analysis, so that an inversion fails the test that completed it)
     * @param err            where weft's remarks go
     */
    public TestRunTracker(Set<String> failingKinds, Runnable beforeTestEnds, PrintStream err) {
        this.failingKinds = Set.copyOf(failingKinds);
        this.beforeTestEnds = beforeTestEnds;
        this.err = err;
    }

    @Override
    public void started(Object listener, Object descriptor) {
        TestScope parent = scopes.current();
        try {
            runStarted = true;
            TestScope scope = new TestScope(listener, descriptor, JUnitObjects.testId(descriptor), JUnitObjects.isTest(descriptor),
                    parent, Thread.currentThread());
            running.put(descriptor, scope);
            scopes.enter(scope);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read a JUnit test descriptor: " + e, e);
        }
    }

    @Override
    public Object finished(Object listener, Object descriptor, Object result) {
        TestScope scope = running.remove(descriptor);
        if (scope == null) {
            return result; // not one weft saw start, or already reported
        }
        if (scope.test) {
            beforeTestEnds.run();
        }
        scope.finished = true;
        if (scopes.current() == scope) {
            scopes.enter(scope.parent);
        }
        if (scope.parent == null) {
            runEnded = true;
        }
        if (scope.interruptedRunner()) {
            Thread.interrupted(); // weft's interrupt must not reach the next test
        }
        List<Finding> failing = scope.findings().stream().filter(f -> failingKinds.contains(f.kind())).toList();
        if (failing.isEmpty()) {
            return result;
        }
        try {
            return JUnitObjects.failed(result, message(failing));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot fail test " + scope.name() + ": " + e, e);
        }
    }

    @Override
    public TestAttribution attribute(Finding finding) {
        if (!runStarted) {
            return null;
        }
        List<Thread> threads = threadsOf(finding);
        TestScope scope = scopeOf(threads);
        if (scope == null) {
            return TestAttribution.outside(noScope(finding, threads));
        }
        if (scope.finished) {
            return TestAttribution.outside("in a thread leaked by test " + scope.name() + ", after that test ended");
        }
        if (!scope.test) {
            String initializer = staticInitializer(finding);
            return TestAttribution.outside(initializer != null ? initializer + ", during " + scope.name()
                    : "in the set-up or tear-down of " + scope.name());
        }
        scope.found(finding);
        if (finding instanceof DeadlockFinding && failingKinds.contains(finding.kind())) {
            if (threads.contains(scope.runner)) {
                reportFailedNow(scope);
            } else {
                scope.interruptRunner();
            }
        }
        return TestAttribution.in(scope.id);
    }

    /**
     * A test whose own thread is deadlocked can never end: reports it failed now, from this thread, and
     * says that the run cannot go on.
     */
    private void reportFailedNow(TestScope scope) {
        running.remove(scope.descriptor); // the result reported here passes through finished() as it is
        scope.finished = true;
        err.println("weft: the thread of test " + scope.name() + " is itself in the deadlock, so the test run cannot"
                + " go on: the test is reported failed now; onDeadlock=halt ends the JVM (status 66)");
        try {
            JUnitObjects.reportFailed(scope.listener, scope.descriptor, message(scope.findings()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            err.println("weft: could not report test " + scope.name() + " failed: " + e);
        }
    }

    /** The threads that made {@code finding}: the current one, or a deadlock's. */
    private static List<Thread> threadsOf(Finding finding) {
        if (!(finding instanceof DeadlockFinding deadlock)) {
            return List.of(Thread.currentThread());
        }
        Set<Long> ids = deadlock.threads().stream().map(DeadlockFinding.BlockedThread::id).collect(Collectors.toSet());
        Map<Long, Thread> live = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            live.put(thread.getId(), thread);
        }
        return deadlock.threads().stream().map(t -> live.get(t.id())).filter(t -> t != null && ids.contains(t.getId())).toList();
    }

    /** The scope of the first thread that is in a running test, else of the first that has one. */
    private TestScope scopeOf(List<Thread> threads) {
        TestScope any = null;
        for (Thread thread : threads) {
            TestScope scope = scopes.of(thread);
            if (scope != null && scope.test && !scope.finished) {
                return scope;
            }
            any = any == null ? scope : any;
        }
        return any;
    }

    /** Why a finding made by threads of no test belongs to none. */
    private String noScope(Finding finding, List<Thread> threads) {
        String initializer = staticInitializer(finding);
        if (initializer != null) {
            return initializer;
        }
        if (runEnded) {
            return "after the last test";
        }
        String names = threads.stream().map(t -> "\"" + t.getName() + "\"").collect(Collectors.joining(", "));
        return "in " + names + ", which no test started";
    }

    /** {@code in the static initializer of C} when a race's current access was made in one, else {@code null}. */
    private static String staticInitializer(Finding finding) {
        if (finding instanceof RaceFinding race) {
            for (Site frame : race.accesses().get(0).stack()) {
                if (frame.method().equals("<clinit>")) {
                    return "in the static initializer of " + frame.className();
                }
            }
        }
        return null;
    }

    private String message(List<Finding> findings) {
        StringBuilder message = new StringBuilder();
        for (Finding finding : findings) {
            message.append(message.length() == 0 ? "weft: " : "\nweft: ").append(what(finding))
                    .append(" detected during execution of this test (").append(finding.id()).append(")\n")
                    .append(text.render(finding));
        }
        return message.toString();
    }

    private static String what(Finding finding) {
        return switch (finding.kind()) {
            case "lock-order" -> "potential deadlock (lock-order inversion)";
            default -> finding.kind();
        };
    }
}
