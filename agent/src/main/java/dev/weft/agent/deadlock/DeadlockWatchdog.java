package dev.weft.agent.deadlock;

import dev.weft.agent.site.SiteRegistry;
import dev.weft.analysis.waitfor.DeadlockDetector;
import dev.weft.analysis.waitfor.ThreadSnapshot;
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
 * reported only when it is stable: every thread in it was in the same wait at the previous look too,
 * and the JVM agrees that each is blocked. Only then are the stacks taken (a stack costs a safepoint).
 * Every {@link #JVM_PROBE_EVERY} looks, the JVM's own deadlock detection catches cycles through locks weft
 * could not instrument.
 */
public final class DeadlockWatchdog implements Runnable {

    static final long PERIOD_MILLIS = 100;
    static final int JVM_PROBE_EVERY = 3;

    private final LockTracker tracker;
    private final SiteRegistry sites;
    private final Consumer<DeadlockFinding> sink;
    private final DeadlockDetector detector = new DeadlockDetector();
    private final DeadlockDetector jvmDetector = detector.withDetectedBy(DeadlockFinding.DetectedBy.JVM);
    private final ReadWriteLocks readWriteLocks = new ReadWriteLocks();
    private final JvmDeadlockProbe jvm = new JvmDeadlockProbe();

    /** Wait epoch of each waiting thread at the previous look. */
    private Map<Long, Long> previousEpochs = Map.of();
    /** Threads already reported as deadlocked: they stay deadlocked. */
    private final Set<Long> reported = new HashSet<>();
    private int looks;

    /** A watchdog over {@code tracker}'s threads, handing each deadlock found to {@code sink}. */
    public DeadlockWatchdog(LockTracker tracker, SiteRegistry sites, Consumer<DeadlockFinding> sink) {
        this.tracker = tracker;
        this.sites = sites;
        this.sink = sink;
    }

    /** Starts the watchdog on a daemon thread of its own. */
    public Thread start() {
        Thread thread = new Thread(this, "weft-deadlock-watchdog");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(PERIOD_MILLIS);
                look();
            } catch (InterruptedException e) {
                return;
            } catch (Throwable t) {
                System.err.println("weft: internal error in deadlock detection, it is disabled for the rest of this run: " + t);
                return;
            }
        }
    }

    /** One look at the waiting threads. */
    void look() {
        Map<Long, ThreadLockState> byTid = new HashMap<>();
        Map<Long, SnapshotTaker.Observed> observed = new HashMap<>();
        SnapshotTaker taker = new SnapshotTaker(sites, readWriteLocks);
        for (ThreadLockState state : tracker.liveStates()) {
            SnapshotTaker.Observed seen = state.waitingFor() == null ? null : taker.observe(state, false);
            if (seen != null && !reported.contains(state.tid)) {
                observed.put(state.tid, seen);
                byTid.put(state.tid, state);
            }
        }
        Set<Long> candidates = new HashSet<>();
        if (!observed.isEmpty()) {
            List<ThreadSnapshot> snapshots = observed.values().stream().map(SnapshotTaker.Observed::snapshot).toList();
            for (DeadlockFinding cycle : detector.find(snapshots)) {
                List<Long> tids = threadIds(cycle);
                candidates.addAll(tids);
                if (stable(tids, observed)) {
                    confirm(tids, byTid);
                }
            }
        }
        Map<Long, Long> epochs = new HashMap<>();
        observed.forEach((tid, seen) -> epochs.put(tid, seen.epoch()));
        previousEpochs = epochs;
        if (++looks % JVM_PROBE_EVERY == 0) {
            probeJvm(candidates);
        }
    }

    /**
     * Asks the JVM for deadlocks among threads not already reported nor in {@code candidates}. Called by
     * the watchdog every few looks, and once on attach before any class is retransformed: frames of a
     * retransformed class lose their line numbers, and a deadlock that formed before weft arrived is
     * all in such frames.
     */
    public void probeJvm(Set<Long> candidates) {
        Set<Long> known = new HashSet<>(reported);
        known.addAll(candidates);
        report(jvmDetector.find(jvm.deadlocked(known)));
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
        SnapshotTaker taker = new SnapshotTaker(sites, readWriteLocks);
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
