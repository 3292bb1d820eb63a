package dev.weft.agent;

import dev.weft.agent.control.ControlOptions;
import dev.weft.agent.instrument.ClassFilter;
import dev.weft.agent.instrument.Instrumenter;
import dev.weft.agent.junit.LauncherListenerTransformer;
import dev.weft.agent.junit.TestFramework;
import dev.weft.agent.site.FieldRegistry;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.runtime.FieldHandles;
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

    static void start(AgentOptions options, Instrumentation inst, boolean attached) throws java.io.IOException {
        openLocksToWeft(inst);
        SiteRegistry sites = new SiteRegistry();
        ControlOptions control = attached ? null : options.control();
        if (control != null) {
            openSecurityToWeft(inst);
        }
        if (control != null || options.detects("deadlock")) {
            openConcurrentToWeft(inst);
        }
        if (attached && options.control() != null) {
            System.err.println("weft: mode=control needs the agent at start-up (-javaagent); detecting only");
        }
        boolean races = options.detects("race") && !attached;
        FieldRegistry fields = races || control != null ? new FieldRegistry() : null;
        if (!attached) { // a deadlock-only run reads a wrapper's mutex too (a view's is the collection it shows)
            openUtilToWeft(inst);
        }
        if (races) {
            FieldHandles.install(fields::id);
        }
        AgentRun run = AgentRun.of(options, control, attached, sites, fields, System.err);
        Runtime.getRuntime().addShutdownHook(new Thread(AgentRuns::finishCurrent, "weft-exit"));
        AgentRuns.begin(run, (next, err) -> AgentRun.of(next, next.control(), false, sites, fields, err));
        if (run.listener == null) {
            return;
        }
        if (run.watchdog != null && attached) {
            run.watchdog.probeJvm(Set.of(), true); // before retransformation takes the line numbers of running frames
        }
        if (!attached) {
            followTestRuns(inst);
        }
        // a controlled run leaves the test framework alone: its work is not the program's, and a schedule of a test
        // is then the same whether the framework's classes were initialized (a JVM's later schedules) or not
        ClassFilter filter = ClassFilter.of(options.include(), control != null ? TestFramework.andPackages(options.exclude()) : options.exclude());
        Consumer<String> warn = System.err::println;
        if (fields != null) {
            Instrumenter.installWithMemoryAccesses(inst, filter, sites, fields, warn);
        } else if (attached) {
            Instrumenter.installOnRunning(inst, filter, sites, warn);
        } else {
            Instrumenter.install(inst, filter, sites, warn);
        }
        if (run.watchdog != null) {
            run.watchdog.start();
        }
    }

    /**
     * In a JUnit Platform run, lets each run's {@code TestRunTracker} (made by {@code AgentRun}) follow the
     * tests: the launcher's listener calls it, and its thread scopes are read from other threads.
     */
    private static void followTestRuns(Instrumentation inst) {
        Module base = Thread.class.getModule(); // ThreadScopes reads other threads' inheritable thread-locals
        inst.redefineModule(base, Set.of(), Map.of(), Map.of("java.lang", Set.of(AgentStarter.class.getModule())), Set.of(), Map.of());
        inst.addTransformer(new LauncherListenerTransformer(System.err::println));
    }

    /**
     * Lets weft put back the security properties between the schedules of one JVM (see {@code FreshJvmState}): the JDK
     * has no call that lists them.
     */
    private static void openSecurityToWeft(Instrumentation inst) {
        inst.redefineModule(Object.class.getModule(), Set.of(), Map.of(), Map.of("java.security", Set.of(AgentStarter.class.getModule())),
                Set.of(), Map.of());
    }

    /**
     * Lets weft set back the numbering of {@code Executors.defaultThreadFactory()}'s pools between the schedules of one
     * JVM (see {@code ThreadNumbering}), so that their threads are named as in a fresh JVM; and lets the deadlock watchdog
     * read which pool a thread works for, what its queue holds and which thread runs a future ({@code PoolInternals}).
     */
    private static void openConcurrentToWeft(Instrumentation inst) {
        inst.redefineModule(Lock.class.getModule(), Set.of(), Map.of(), Map.of("java.util.concurrent", Set.of(AgentStarter.class.getModule())),
                Set.of(), Map.of());
    }

    /** Lets weft read which read-write lock a read or write half belongs to (see ReadWriteLocks). */
    private static void openLocksToWeft(Instrumentation inst) {
        Module locks = Lock.class.getModule();
        Module weft = AgentStarter.class.getModule();
        inst.redefineModule(locks, Set.of(), Map.of(), Map.of("java.util.concurrent.locks", Set.of(weft)), Set.of(), Map.of());
    }

    /**
     * Lets weft's runtime follow a collection view or iterator to the collection behind it, and a synchronized
     * wrapper to its mutex, through the JDK's own fields (see {@code CollectionViews}), and keep a {@code TimerTask}'s state in a controlled run's timers
     * ({@code ModelledTimer}); and read where a {@code ByteArrayInputStream} is in its array ({@code ByteArrayStreams}).
     */
    private static void openUtilToWeft(Instrumentation inst) {
        Set<Module> weft = Set.of(Weft.class.getModule());
        inst.redefineModule(Map.class.getModule(), Set.of(), Map.of(), Map.of("java.util", weft, "java.io", weft), Set.of(), Map.of());
    }

    static String version() {
        String version = AgentStarter.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
