package dev.weft.analysis.pool;

import dev.weft.report.DeadlockFinding;
import dev.weft.report.DeadlockFinding.BlockedThread;
import dev.weft.report.DeadlockFinding.LockInfo;
import dev.weft.report.FindingId;
import dev.weft.trace.Site;
import dev.weft.trace.Stacks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the thread-pool deadlocks of one moment (thread-starvation deadlocks, as <i>Java Concurrency in Practice</i>
 * 8.1.1 calls them): a pool whose every thread runs a task that waits forever while tasks wait in its queue, at a
 * moment when <em>no</em> thread of the program can go on.
 *
 * <p>The rule, exact for what the program's own threads can do: every live thread of the program (weft's and the
 * JVM's own threads left out by the caller) waits with no timeout, so none can run a queued task, give the pool a
 * thread, cancel a future, count a latch down or interrupt anyone; a pool whose threads all run tasks and whose queue
 * holds tasks will therefore never run those: its threads wait forever. Only something from outside the program's
 * threads could still end that (a signal handler's new thread, a native thread attaching, a debugger). A thread that
 * runs, or waits with a timeout ({@code get(1, SECONDS)}, {@code awaitTermination}), makes the moment no deadlock.
 *
 * <p>A pool one of whose threads waits for a lock or a monitor is left to the wait-for graph and the JVM's own
 * detection, which report such deadlocks with the locks' holders.
 *
 * <p>One finding per full pool: its threads (by id), then each other thread that waits for a future queued in it or
 * run by a thread of the finding. The finding's locks are what they wait for (a {@code future} run by a thread of
 * the finding is held by it; a future whose task is still queued is of kind {@code queued-task}; where a future's task
 * was submitted, when known, is its {@code acquiredAt}), then the pool (kind {@code thread-pool}), held by its threads,
 * waited for by the threads that wait for its queued tasks, its {@code acquiredAt} where its queued tasks were submitted.
 * Pure: no I/O, no clock.
 */
public final class PoolDeadlockDetector {

    /** The kind of a future whose task waits in a full pool's queue. */
    public static final String QUEUED_TASK = "queued-task";
    /** The kind of the pool itself among a finding's locks. */
    public static final String THREAD_POOL = "thread-pool";

    /** The deadlocks of the moment described by {@code threads} (all the program's live threads) and {@code pools}. */
    public List<DeadlockFinding> find(List<PoolThread> threads, List<Pool> pools) {
        if (threads.stream().anyMatch(t -> !t.waitsForever())) {
            return List.of();
        }
        Map<Long, PoolThread> byTid = new LinkedHashMap<>();
        threads.forEach(t -> byTid.put(t.tid(), t));
        List<DeadlockFinding> findings = new ArrayList<>();
        for (Pool pool : pools) {
            if (pool.full() && byTid.keySet().containsAll(pool.workers()) && !waitsForALock(pool, byTid)) {
                findings.add(finding(pool, involved(pool, byTid)));
            }
        }
        return findings;
    }

    /**
     * Whether a thread of the pool waits for a lock or a monitor: a deadlock through it is the wait-for graph's (or the
     * JVM's) to report, with the locks' holders, and this rule leaves the pool alone.
     */
    private static boolean waitsForALock(Pool pool, Map<Long, PoolThread> byTid) {
        return pool.workers().stream().map(byTid::get)
                .anyMatch(t -> t.awaited() != null && Set.of("lock", "monitor").contains(t.awaited().kind()));
    }

    /** The pool's threads, then the threads that wait, directly or through a future's runner, for its tasks. */
    private static List<PoolThread> involved(Pool pool, Map<Long, PoolThread> byTid) {
        Set<Long> tids = new LinkedHashSet<>(pool.workers().stream().sorted().toList());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (PoolThread thread : byTid.values()) {
                Awaited awaited = thread.awaited();
                if (!tids.contains(thread.tid()) && awaited != null
                        && (awaited.queuedIn() == pool.id() || tids.contains(awaited.runner()))) {
                    grew = tids.add(thread.tid());
                }
            }
        }
        return tids.stream().map(byTid::get).toList();
    }

    private static DeadlockFinding finding(Pool pool, List<PoolThread> threads) {
        List<BlockedThread> blocked = new ArrayList<>();
        Map<Long, LockInfo> locks = new LinkedHashMap<>();
        List<String> idParts = new ArrayList<>();
        List<String> waitersForQueue = new ArrayList<>();
        for (PoolThread thread : threads) {
            Awaited awaited = thread.awaited();
            boolean queued = awaited.queuedIn() == pool.id();
            List<Site> stack = Stacks.withoutWeftFrames(thread.stack());
            blocked.add(new BlockedThread(thread.name(), thread.tid(), awaited.displayName(), "exclusive", thread.waitSite(),
                    stack.isEmpty() ? List.of(thread.waitSite()) : stack, List.of()));
            idParts.add(thread.waitSite() + (queued ? " <- queued" : ""));
            if (queued) {
                waitersForQueue.add(thread.name());
            }
            if (!locks.containsKey(awaited.id())) {
                locks.put(awaited.id(), lockInfo(awaited, queued, threads));
            }
        }
        List<String> workers = threads.stream().filter(t -> pool.workers().contains(t.tid())).map(PoolThread::name).toList();
        List<LockInfo> all = new ArrayList<>(locks.values());
        all.add(new LockInfo(pool.displayName(), pool.className(), pool.identityHash(), THREAD_POOL, workers, waitersForQueue,
                pool.queuedAt()));
        return new DeadlockFinding(FindingId.of(DeadlockFinding.KIND, idParts), DeadlockFinding.DetectedBy.THREAD_POOLS,
                blocked, all);
    }

    private static LockInfo lockInfo(Awaited awaited, boolean queued, List<PoolThread> threads) {
        List<String> heldBy = threads.stream().filter(t -> t.tid() == awaited.runner()).map(PoolThread::name).toList();
        List<String> waitedForBy = threads.stream().filter(t -> t.awaited().id() == awaited.id())
                .sorted(Comparator.comparingLong(PoolThread::tid)).map(PoolThread::name).toList();
        return new LockInfo(awaited.displayName(), awaited.className(), awaited.identityHash(),
                queued ? QUEUED_TASK : awaited.kind(), heldBy, waitedForBy,
                awaited.submittedAt() == null ? List.of() : List.of(awaited.submittedAt()));
    }
}
