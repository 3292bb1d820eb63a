package dev.weft.agent;

import dev.weft.agent.control.ControlOptions;
import dev.weft.agent.control.Controller;
import dev.weft.agent.deadlock.DeadlockWatchdog;
import dev.weft.agent.deadlock.LockTracker;
import dev.weft.agent.junit.TestRunTracker;
import dev.weft.agent.lockorder.LockOrderTracker;
import dev.weft.agent.race.RaceTracker;
import dev.weft.agent.report.FindingSink;
import dev.weft.agent.site.FieldRegistry;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.agent.trace.TraceRecorder;
import dev.weft.report.suppress.Suppressions;
import dev.weft.runtime.Listener;
import dev.weft.runtime.TestRuns;
import dev.weft.runtime.Weft;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run's detectors, model and report: what a JVM under the agent has once, or once per schedule when
 * {@code weft explore} runs several schedules in one JVM ({@link dev.weft.agent.samejvm.SameJvmLauncher}). The
 * instrumentation and the site and field registries outlive it.
 */
final class AgentRun {

    final FindingSink sink;
    final LockOrderTracker lockOrder;
    final Listener listener;
    final Controller controller;
    final DeadlockWatchdog watchdog;
    private final Runnable flushTrace;
    private final PrintStream err;
    private boolean finished;
    private Thread lateWatchdog; // a controlled run's, once it went on uncontrolled

    private AgentRun(FindingSink sink, LockOrderTracker lockOrder, Listener listener, Controller controller,
                     DeadlockWatchdog watchdog, Runnable flushTrace, PrintStream err) {
        this.sink = sink;
        this.lockOrder = lockOrder;
        this.listener = listener;
        this.controller = controller;
        this.watchdog = watchdog;
        this.flushTrace = flushTrace;
        this.err = err;
    }

    /**
     * Wires a run's parts for {@code options}; {@code control} is its controlled run's options or {@code null},
     * {@code fields} {@code null} when no memory access is instrumented. Starts nothing yet but the model.
     */
    static AgentRun of(AgentOptions options, ControlOptions control, boolean attached, SiteRegistry sites, FieldRegistry fields,
                       PrintStream err) throws IOException {
        FindingSink sink = new FindingSink(AgentStarter.version(), options.report(), options.formats(),
                options.haltOnDeadlock() || control != null, options.failOn(), err);
        if (options.suppressions() != null) {
            sink.suppressWith(Suppressions.read(options.suppressions()));
        }
        boolean deadlocks = options.detects("deadlock");
        boolean lockOrder = options.detects("lock-order");
        boolean races = options.detects("race") && !attached; // shadow fields cannot be added to loaded classes
        Path trace = options.trace();
        if (!deadlocks && !lockOrder && !races && trace == null && control == null) {
            return new AgentRun(sink, null, null, null, null, () -> { }, err);
        }
        LockTracker tracker = new LockTracker();
        Listener listener = tracker;
        LockOrderTracker lockOrderTracker = null;
        if (lockOrder) {
            lockOrderTracker = new LockOrderTracker(sites);
            listener = new PairedListener(listener, lockOrderTracker);
        }
        if (races) {
            String goesOn = deadlocks || lockOrder ? "; " + (deadlocks ? "deadlock" : "lock-order") + " detection goes on" : "";
            RaceTracker[] raceTracker = new RaceTracker[1];
            raceTracker[0] = new RaceTracker(fields, sites, tracker::locksHeld, sink::accept, reason -> {
                Weft.install(PairedListener.without(Weft.listener(), raceTracker[0]));
                sink.note("race detection stopped: " + reason + goesOn + "; the races found before stay");
            });
            listener = new PairedListener(listener, raceTracker[0]);
        }
        Runnable flushTrace = () -> { };
        if (trace != null) {
            TraceRecorder recorder = TraceRecorder.to(trace, sites, fields);
            listener = new PairedListener(listener, recorder);
            sink.beforeHalt(recorder::flush);
            flushTrace = recorder::flush;
        }
        Controller controller = null;
        if (control != null) {
            // first, so that the detectors see each operation when the model lets it happen
            controller = new Controller(control, sites, fields, sink::accept, err);
            listener = new PairedListener(controller, listener);
            sink.describeRunWith(controller::describe);
            sink.beforeHalt(controller::writeSchedule);
        }
        if (!attached) {
            followTestRuns(options, sink, lockOrderTracker, err);
        }
        // in a controlled run the model finds deadlocks among the threads it parks
        DeadlockWatchdog watchdog = deadlocks && control == null ? new DeadlockWatchdog(tracker, sites, sink::accept, example -> {
            try {
                sink.warmUp(example);
            } catch (IOException e) {
                // no temporary file: the first real report loads what it needs itself
            }
        }) : null;
        AgentRun run = new AgentRun(sink, lockOrderTracker, listener, controller, watchdog, flushTrace, err);
        if (controller != null && deadlocks) {
            // threads blocked outside the model (on monitors of the JDK's code) are watched as in a plain run
            controller.whenUncontrolled(() -> run.watchUncontrolled(new DeadlockWatchdog(tracker, sites, sink::accept, example -> { })));
        }
        return run;
    }

    /**
     * In a JUnit Platform run, attributes each finding of this run to its test and fails that test for the kinds of
     * {@code failOn} (every kind when {@code failOn} is not given); see {@link TestRunTracker}.
     */
    private static void followTestRuns(AgentOptions options, FindingSink sink, LockOrderTracker lockOrder, PrintStream err) {
        AtomicLong searched = new AtomicLong(-1); // the graph's size at the last search
        Runnable checkLockOrder = lockOrder == null ? () -> { } : () -> {
            long size = lockOrder.size();
            if (searched.getAndSet(size) == size) {
                return;
            }
            try {
                lockOrder.report(sink.findings(), sink::accept, sink::note);
            } catch (RuntimeException | Error e) {
                err.println("weft: internal error in the lock-order analysis: " + e);
            }
        };
        TestRunTracker tests = new TestRunTracker(options.failOn().isEmpty() ? AgentOptions.KINDS : options.failOn(), checkLockOrder, err);
        sink.attributeWith(tests);
        TestRuns.install(tests);
    }

    private synchronized void watchUncontrolled(DeadlockWatchdog late) {
        if (!finished && lateWatchdog == null) {
            lateWatchdog = late.start();
        }
    }

    /**
     * The run's end, once (at JVM exit, or when a schedule of a shared JVM ended): the threads a controlled run
     * still parks are let go, then the potential deadlocks of the run (if asked for), the trace's last events, the
     * schedule, then the last report and the exit status.
     */
    synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (controller != null) {
            controller.stop();
        }
        if (lateWatchdog != null) {
            lateWatchdog.interrupt();
        }
        if (lockOrder != null) {
            try {
                lockOrder.report(sink.findings(), sink::accept, sink::note);
            } catch (RuntimeException | Error e) {
                err.println("weft: internal error in the lock-order analysis, its findings are lost: " + e);
            }
        }
        flushTrace.run();
        if (controller != null) {
            controller.writeSchedule();
        }
        sink.atExit();
    }

    /** Ends the run leaving nothing behind: its threads are let go, no report or schedule is written. */
    synchronized void discard() {
        finished = true;
        if (controller != null) {
            controller.stop();
        }
        if (lateWatchdog != null) {
            lateWatchdog.interrupt();
        }
    }
}
