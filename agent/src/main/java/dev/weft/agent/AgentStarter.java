package dev.weft.agent;

import dev.weft.agent.control.ControlOptions;
import dev.weft.agent.control.Controller;
import dev.weft.agent.deadlock.DeadlockWatchdog;
import dev.weft.agent.deadlock.LockTracker;
import dev.weft.agent.lockorder.LockOrderTracker;
import dev.weft.agent.instrument.ClassFilter;
import dev.weft.agent.instrument.Instrumenter;
import dev.weft.agent.junit.LauncherListenerTransformer;
import dev.weft.agent.junit.TestRunTracker;
import dev.weft.agent.race.RaceTracker;
import dev.weft.agent.report.FindingSink;
import dev.weft.agent.site.FieldRegistry;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.agent.trace.TraceRecorder;
import dev.weft.report.suppress.Suppressions;
import dev.weft.runtime.FieldHandles;
import dev.weft.runtime.Listener;
import dev.weft.runtime.TestRuns;
import dev.weft.runtime.Weft;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.concurrent.locks.Lock;

/**
 * Wires weft together once the runtime hooks are on the bootstrap class path: the detectors, the
 * report, the listener the hooks call, and the instrumentation of application classes.
 */
final class AgentStarter {

    private AgentStarter() { }

    static void start(AgentOptions options, Instrumentation inst, boolean attached) throws java.io.IOException {
        openLocksToWeft(inst);
        String version = version();
        SiteRegistry sites = new SiteRegistry();
        ControlOptions control = attached ? null : options.control();
        if (attached && options.control() != null) {
            System.err.println("weft: mode=control needs the agent at start-up (-javaagent); detecting only");
        }
        FindingSink sink = new FindingSink(version, options.report(), options.formats(),
                options.haltOnDeadlock() || control != null, options.failOn(), System.err);
        if (options.suppressions() != null) {
            sink.suppressWith(Suppressions.read(options.suppressions()));
        }
        boolean deadlocks = options.detects("deadlock");
        boolean lockOrder = options.detects("lock-order");
        boolean races = options.detects("race") && !attached; // shadow fields cannot be added to loaded classes
        Path trace = options.trace();
        if (!deadlocks && !lockOrder && !races && trace == null && control == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(sink::atExit, "weft-exit"));
            return;
        }
        LockTracker tracker = new LockTracker();
        Listener listener = tracker;
        LockOrderTracker lockOrderTracker = null;
        if (lockOrder) {
            lockOrderTracker = new LockOrderTracker(sites);
            listener = new PairedListener(listener, lockOrderTracker);
        }
        FieldRegistry fields = races || control != null ? new FieldRegistry() : null;
        if (races) {
            openCollectionsToWeft(inst);
            FieldHandles.install(fields::id);
            listener = new PairedListener(listener, new RaceTracker(fields, sites, tracker::locksHeld, sink::accept));
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
            controller = new Controller(control, sites, fields, sink::accept, System.err);
            listener = new PairedListener(controller, listener);
            sink.describeRunWith(controller::describe);
            sink.beforeHalt(controller::writeSchedule);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(atExit(sink, lockOrderTracker, flushTrace, controller), "weft-exit"));
        // in a controlled run the model finds deadlocks among the threads it parks
        DeadlockWatchdog watchdog = deadlocks && control == null ? new DeadlockWatchdog(tracker, sites, sink::accept, example -> {
            try {
                sink.warmUp(example);
            } catch (java.io.IOException e) {
                // no temporary file: the first real report loads what it needs itself
            }
        }) : null;
        if (watchdog != null && attached) {
            watchdog.probeJvm(Set.of(), true); // before retransformation takes the line numbers of running frames
        }
        if (controller != null) {
            controller.start();
        }
        Weft.install(listener);
        if (!attached) {
            followTestRuns(inst, options, sink, lockOrderTracker);
        }
        ClassFilter filter = ClassFilter.of(options.include(), options.exclude());
        Consumer<String> warn = System.err::println;
        if (fields != null) {
            Instrumenter.installWithMemoryAccesses(inst, filter, sites, fields, warn);
        } else if (attached) {
            Instrumenter.installOnRunning(inst, filter, sites, warn);
        } else {
            Instrumenter.install(inst, filter, sites, warn);
        }
        if (watchdog != null) {
            watchdog.start();
        }
    }

    /**
     * At exit: the threads a controlled run still parks are let go, then the potential deadlocks of the run
     * (if asked for), the trace's last events, the schedule, then the last report and the exit status.
     */
    private static Runnable atExit(FindingSink sink, LockOrderTracker lockOrder, Runnable flushTrace, Controller controller) {
        return () -> {
            if (controller != null) {
                controller.stop();
            }
            if (lockOrder != null) {
                try {
                    lockOrder.report(sink.findings(), sink::accept);
                } catch (RuntimeException | Error e) {
                    System.err.println("weft: internal error in the lock-order analysis, its findings are lost: " + e);
                }
            }
            flushTrace.run();
            if (controller != null) {
                controller.writeSchedule();
            }
            sink.atExit();
        };
    }

    /**
     * In a JUnit Platform run, attributes each finding to its test and fails that test for the kinds of
     * {@code failOn} (every kind when {@code failOn} is not given); see {@link TestRunTracker}.
     */
    private static void followTestRuns(Instrumentation inst, AgentOptions options, FindingSink sink,
                                       LockOrderTracker lockOrder) {
        Module base = Thread.class.getModule(); // ThreadScopes reads other threads' inheritable thread-locals
        inst.redefineModule(base, Set.of(), Map.of(), Map.of("java.lang", Set.of(AgentStarter.class.getModule())), Set.of(), Map.of());
        AtomicLong searched = new AtomicLong(-1); // the graph's size at the last search
        Runnable checkLockOrder = lockOrder == null ? () -> { } : () -> {
            long size = lockOrder.size();
            if (searched.getAndSet(size) == size) {
                return;
            }
            try {
                lockOrder.report(sink.findings(), sink::accept);
            } catch (RuntimeException | Error e) {
                System.err.println("weft: internal error in the lock-order analysis: " + e);
            }
        };
        TestRunTracker tests = new TestRunTracker(options.failOn().isEmpty() ? AgentOptions.KINDS : options.failOn(),
                checkLockOrder, System.err);
        sink.attributeWith(tests);
        TestRuns.install(tests);
        inst.addTransformer(new LauncherListenerTransformer(System.err::println));
    }

    /** Lets weft read which read-write lock a read or write half belongs to (see ReadWriteLocks). */
    private static void openLocksToWeft(Instrumentation inst) {
        Module locks = Lock.class.getModule();
        Module weft = AgentStarter.class.getModule();
        inst.redefineModule(locks, Set.of(), Map.of(), Map.of("java.util.concurrent.locks", Set.of(weft)), Set.of(), Map.of());
    }

    /**
     * Lets weft's runtime follow a collection view or iterator to the collection behind it, through the JDK's
     * own fields (see {@code CollectionViews}).
     */
    private static void openCollectionsToWeft(Instrumentation inst) {
        inst.redefineModule(Map.class.getModule(), Set.of(), Map.of(), Map.of("java.util", Set.of(Weft.class.getModule())),
                Set.of(), Map.of());
    }

    static String version() {
        String version = AgentStarter.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
