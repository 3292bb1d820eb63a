package dev.weft.agent.deadlock;

import dev.weft.agent.site.SiteRegistry;
import dev.weft.analysis.waitfor.DeadlockDetector;
import dev.weft.analysis.waitfor.Hold;
import dev.weft.analysis.waitfor.Mode;
import dev.weft.analysis.waitfor.Resource;
import dev.weft.analysis.waitfor.ThreadSnapshot;
import dev.weft.analysis.waitfor.Wait;
import dev.weft.trace.Site;
import dev.weft.report.DeadlockFinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A daemon thread that looks at the waiting threads every {@link #PERIOD_MILLIS} ms and reports each
 * deadlock once, well within a second of its forming.
 *
 * <p>A look copies the state of the threads that wait and runs the wait-for graph on them. A cycle is
 * reported only when it is stable: every thread in it was in the same wait at the previous look too
 * (which comes {@link #CONFIRM_MILLIS} ms after a look that saw a new cycle), and the JVM agrees that
 * each is blocked. Only then are the stacks taken (a stack costs a safepoint).
 * Every {@link #JVM_PROBE_EVERY} looks, the JVM's own deadlock detection catches cycles through locks weft
 * could not instrument. A thread that waits for a class's initialization, which neither weft's hooks nor the JVM's
 * detection see, is found by {@link ClassInitWaits}. Every {@link #POOL_WATCH_EVERY} looks, {@link PoolWatch} looks for
 * a thread pool whose threads all wait for tasks queued behind them while no thread of the program can go on.
 */
public final class DeadlockWatchdog implements Runnable {

    static final long PERIOD_MILLIS = 100;
    /** How soon a cycle seen for the first time is looked at again, to confirm it. */
    static final long CONFIRM_MILLIS = 25;
    static final int JVM_PROBE_EVERY = 3;
    /** Every how many looks the watch over thread pools looks too (and at the next look after it saw a full pool). */
    static final int POOL_WATCH_EVERY = 3;

    private final LockTracker tracker;
    private final SiteRegistry sites;
    private final Consumer<DeadlockFinding> sink;
    private final Consumer<DeadlockFinding> warmUp;
    private final DeadlockDetector detector = new DeadlockDetector();
    private final DeadlockDetector jvmDetector = detector.withDetectedBy(DeadlockFinding.DetectedBy.JVM);
    private final ReadWriteLocks readWriteLocks = new ReadWriteLocks();
    private final ProvedSemaphores provedSemaphores;
    private final JvmDeadlockProbe jvm = new JvmDeadlockProbe();
    private final ClassInitWaits classInits = new ClassInitWaits();
    private final PoolWatch pools;

    /** Wait epoch of each waiting thread at the previous look. */
    private Map<Long, Long> previousEpochs = Map.of();
    /** Threads already reported as deadlocked: they stay deadlocked. */
    private final Set<Long> reported = new HashSet<>();
    private int looks;
    /** The threads the JVM's detection found deadlocked at its previous probe. */
    private Set<Long> previousJvmSighting = Set.of();

    /**
     * A watchdog over {@code tracker}'s threads.
     *
     * @param sink   receives each deadlock found
     * @param warmUp receives, once at start, a made-up deadlock to run the reporting path on without
     *               reporting it (see {@link #warmUp()})
     */
    public DeadlockWatchdog(LockTracker tracker, SiteRegistry sites, Consumer<DeadlockFinding> sink,
                            Consumer<DeadlockFinding> warmUp) {
        this.tracker = tracker;
        this.sites = sites;
        this.provedSemaphores = new ProvedSemaphores(sites);
        this.sink = sink;
        this.warmUp = warmUp;
        this.pools = new PoolWatch(sites);
    }

    /**
     * Starts the watchdog on a daemon thread of its own, and the warm-up of the reporting path on
     * another (so that looking starts at once).
     */
    public Thread start() {
        Thread warming = new Thread(() -> {
            try {
                warmUp();
            } catch (Throwable t) {
                // only a head start was lost: the first real report loads what it needs itself
            }
        }, "weft-warm-up");
        warming.setDaemon(true);
        warming.start();
        Thread thread = new Thread(this, "weft-deadlock-watchdog");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        boolean unconfirmed = false;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(unconfirmed ? CONFIRM_MILLIS : PERIOD_MILLIS);
                unconfirmed = look();
            } catch (InterruptedException e) {
                return;
            } catch (Throwable t) {
                System.err.println("weft: internal error in deadlock detection, it is disabled for the rest of this run: " + t);
                return;
            }
        }
    }

    /**
     * Loads the JVM's deadlock probe, and runs the whole path of a report once, on this thread, on a
     * made-up two-thread cycle: the graph, the cycle search, the rendering and the JSON. The classes are then loaded before a real deadlock
     * needs them, which keeps its report within a second of forming on a busy machine.
     */
    private void warmUp() {
        JvmDeadlockProbe.warmUp();
        Resource first = new Resource(-1, Resource.Kind.MONITOR, Object.class.getName(), 1);
        Resource second = new Resource(-2, Resource.Kind.MONITOR, Object.class.getName(), 2);
        List<ThreadSnapshot> cycle = List.of(
                new ThreadSnapshot(-1, "warm-up-1", List.of(new Hold(first, Mode.EXCLUSIVE, 1, Site.UNKNOWN)),
                        new Wait(second, Mode.EXCLUSIVE, Site.UNKNOWN, false), List.of(Site.UNKNOWN)),
                new ThreadSnapshot(-2, "warm-up-2", List.of(new Hold(second, Mode.EXCLUSIVE, 1, Site.UNKNOWN)),
                        new Wait(first, Mode.EXCLUSIVE, Site.UNKNOWN, false), List.of(Site.UNKNOWN)));
        new DeadlockDetector().find(cycle).forEach(warmUp); // its own detector: this runs on another thread
    }

    /** One look at the waiting threads; true when it saw a cycle it could not confirm yet. */
    boolean look() {
        Map<Long, ThreadLockState> byTid = new HashMap<>();
        Map<Long, SnapshotTaker.Observed> observed = new HashMap<>();
        SnapshotTaker taker = new SnapshotTaker(sites, readWriteLocks, tracker, provedSemaphores);
        List<ThreadLockState> live = tracker.liveStates();
        for (ThreadLockState state : live) {
            SnapshotTaker.Observed seen = state.waitingFor() == null ? null : taker.observe(state, false);
            if (seen != null && !reported.contains(state.tid)) {
                observed.put(state.tid, seen);
                byTid.put(state.tid, state);
            }
        }
        Set<Long> candidates = new HashSet<>();
        boolean unconfirmed = false;
        if (!observed.isEmpty()) {
            List<ThreadSnapshot> snapshots = observed.values().stream().map(SnapshotTaker.Observed::snapshot).toList();
            for (DeadlockFinding cycle : detector.find(snapshots)) {
                List<Long> tids = threadIds(cycle);
                candidates.addAll(tids);
                if (stable(tids, observed)) {
                    confirm(tids, byTid);
                } else {
                    unconfirmed = true;
                }
            }
        }
        if (!observed.isEmpty()) {
            reportInitializationCycles(classInits.look(live, byTid, observed, previousEpochs, taker));
        }
        Map<Long, Long> epochs = new HashMap<>();
        observed.forEach((tid, seen) -> epochs.put(tid, seen.epoch()));
        previousEpochs = epochs;
        if (++looks % JVM_PROBE_EVERY == 0) {
            probeJvm(candidates, false);
        }
        if (candidates.isEmpty() && (pools.pending() || looks % POOL_WATCH_EVERY == 0)) { // a lock cycle is reported first
            report(pools.look(reported));
        }
        return unconfirmed || pools.pending();
    }

    /**
     * Asks the JVM for deadlocks among threads not already reported nor in {@code candidates}. Called by
     * the watchdog every few looks, and once on attach before any class is retransformed: frames of a
     * retransformed class lose their line numbers, and a deadlock that formed before weft arrived is
     * all in such frames.
     *
     * @param immediately report what the JVM finds now; otherwise only threads it found deadlocked at
     *                    the previous probe too, so that the wait-for graph, which knows where each lock
     *                    was taken, reports a deadlock among instrumented locks first
     */
    public void probeJvm(Set<Long> candidates, boolean immediately) {
        Set<Long> known = new HashSet<>(reported);
        known.addAll(candidates);
        List<ThreadSnapshot> deadlocked = jvm.deadlocked(known);
        Set<Long> sighting = new HashSet<>();
        deadlocked.forEach(thread -> sighting.add(thread.tid()));
        boolean seenBefore = previousJvmSighting.containsAll(sighting);
        previousJvmSighting = sighting;
        if (immediately || seenBefore) {
            report(jvmDetector.find(deadlocked));
        }
    }

    /** Reports the cycles of the graph {@link ClassInitWaits} gave that go through a class's initialization. */
    private void reportInitializationCycles(List<ThreadSnapshot> input) {
        if (input.isEmpty()) {
            return;
        }
        List<DeadlockFinding> throughInitialization = new ArrayList<>();
        for (DeadlockFinding cycle : detector.find(input)) {
            if (threadIds(cycle).stream().anyMatch(classInits.waiters()::contains)) {
                throughInitialization.add(cycle);
            }
        }
        report(throughInitialization);
    }

    private boolean stable(List<Long> tids, Map<Long, SnapshotTaker.Observed> observed) {
        for (long tid : tids) {
            SnapshotTaker.Observed seen = observed.get(tid);
            Long before = previousEpochs.get(tid);
            if (seen == null || before == null || before != seen.epoch() || !seen.blockedInJvm()) {
                return false;
            }
        }
        return true;
    }

    /** Takes the stacks of a stable cycle's threads and reports it if it still stands. */
    private void confirm(List<Long> tids, Map<Long, ThreadLockState> byTid) {
        SnapshotTaker taker = new SnapshotTaker(sites, readWriteLocks, tracker, provedSemaphores);
        List<ThreadSnapshot> withStacks = new ArrayList<>();
        for (long tid : tids) {
            SnapshotTaker.Observed seen = taker.observe(byTid.get(tid), true);
            if (seen == null || seen.epoch() != previousEpochs.get(tid)) {
                return; // it moved: not a deadlock after all
            }
            withStacks.add(seen.snapshot());
        }
        report(detector.find(withStacks));
    }

    private void report(List<DeadlockFinding> findings) {
        for (DeadlockFinding finding : findings) {
            if (reported.addAll(threadIds(finding))) {
                sink.accept(finding);
            }
        }
    }

    private static List<Long> threadIds(DeadlockFinding finding) {
        return finding.threads().stream().map(DeadlockFinding.BlockedThread::id).toList();
    }
}
