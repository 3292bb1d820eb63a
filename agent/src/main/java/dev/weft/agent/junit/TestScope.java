package dev.weft.agent.junit;

import dev.weft.report.Finding;
import dev.weft.report.TestAttribution.TestId;
import java.util.ArrayList;
import java.util.List;

/**
 * One test or container while it runs, and after: the thread that runs it (its runner), and the
 * findings made in it. Threads the runner starts during the scope inherit it (see {@link ThreadScopes}),
 * so a finding made by one of them after the scope ended is not blamed on a later test.
 */
final class TestScope {

    final Object listener;
    final Object descriptor;
    final TestId id;
    final boolean test;
    final TestScope parent;
    final Thread runner;
    volatile boolean finished;
    private final List<Finding> findings = new ArrayList<>(); // guarded by itself
    private boolean interrupted; // guarded by findings

    TestScope(Object listener, Object descriptor, TestId id, boolean test, TestScope parent, Thread runner) {
        this.listener = listener;
        this.descriptor = descriptor;
        this.id = id;
        this.test = test;
        this.parent = parent;
        this.runner = runner;
    }

    /** Remembers a finding made in this scope. */
    void found(Finding finding) {
        synchronized (findings) {
            findings.add(finding);
        }
    }

    /** The findings made in this scope, in order. */
    List<Finding> findings() {
        synchronized (findings) {
            return new ArrayList<>(findings);
        }
    }

    /** Interrupts the runner, once, so that a test waiting for deadlocked threads can end. */
    void interruptRunner() {
        synchronized (findings) {
            if (interrupted || finished) {
                return;
            }
            interrupted = true;
        }
        runner.interrupt();
    }

    /** True when {@link #interruptRunner} interrupted the runner. */
    boolean interruptedRunner() {
        synchronized (findings) {
            return interrupted;
        }
    }

    /** How a person names this scope: the class and method, or the class, or the display name. */
    String name() {
        return id.className() == null ? id.displayName() : id.describe();
    }
}
