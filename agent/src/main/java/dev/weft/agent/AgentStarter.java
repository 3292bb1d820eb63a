package dev.weft.agent;

import dev.weft.agent.deadlock.DeadlockWatchdog;
import dev.weft.agent.deadlock.LockTracker;
import dev.weft.agent.instrument.ClassFilter;
import dev.weft.agent.instrument.Instrumenter;
import dev.weft.agent.report.FindingSink;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.runtime.Weft;
import java.lang.instrument.Instrumentation;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.locks.Lock;

/**
 * Wires weft together once the runtime hooks are on the bootstrap class path: the detectors, the
 * report, the listener the hooks call, and the instrumentation of application classes.
 */
final class AgentStarter {

    private AgentStarter() { }

    static void start(AgentOptions options, Instrumentation inst, boolean attached) {
        openLocksToWeft(inst);
        String version = version();
        SiteRegistry sites = new SiteRegistry();
        FindingSink sink = new FindingSink(version, options.report(), options.haltOnDeadlock(), options.failOn(), System.err);
        Runtime.getRuntime().addShutdownHook(new Thread(sink::atExit, "weft-exit"));
        if (!options.detects("deadlock")) {
            return; // the other analyses are not part of this version yet: nothing to instrument for
        }
        LockTracker tracker = new LockTracker();
        Weft.install(tracker);
        DeadlockWatchdog watchdog = new DeadlockWatchdog(tracker, sites, sink::accept, example -> {
            try {
                sink.warmUp(example);
            } catch (java.io.IOException e) {
                // no temporary file: the first real report loads what it needs itself
            }
        });
        if (attached) {
            watchdog.probeJvm(Set.of()); // before retransformation takes the line numbers of running frames
        }
        watchdog.start();
        ClassFilter filter = ClassFilter.of(options.include(), options.exclude());
        Consumer<String> warn = System.err::println;
        if (attached) {
            Instrumenter.installOnRunning(inst, filter, sites, warn);
        } else {
            Instrumenter.install(inst, filter, sites, warn);
        }
    }

    /** Lets weft read which read-write lock a read or write half belongs to (see ReadWriteLocks). */
    private static void openLocksToWeft(Instrumentation inst) {
        Module locks = Lock.class.getModule();
        Module weft = AgentStarter.class.getModule();
        inst.redefineModule(locks, Set.of(), Map.of(), Map.of("java.util.concurrent.locks", Set.of(weft)), Set.of(), Map.of());
    }

    static String version() {
        String version = AgentStarter.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
