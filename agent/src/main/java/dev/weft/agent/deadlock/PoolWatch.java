package dev.weft.agent.deadlock;

import dev.weft.agent.report.UserStack;
import dev.weft.analysis.pool.Awaited;
import dev.weft.analysis.pool.Pool;
import dev.weft.analysis.pool.PoolDeadlockDetector;
import dev.weft.analysis.pool.PoolThread;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.report.DeadlockFinding;
import dev.weft.runtime.SubmittedTasks;
import dev.weft.trace.Site;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The plain run's watch for thread-pool deadlocks ({@link PoolDeadlockDetector}), called by {@link DeadlockWatchdog}:
 * no hook, only what the JVM shows of its threads when the watchdog looks.
 *
 * <p>A look first asks each thread of the program for its state, and stops at the first that runs or waits with a
 * timeout (the common case, and cheap: no safepoint). When all wait forever and a pool's threads all run tasks while
 * its queue holds more, it notes how many waits each thread has begun ({@link ThreadInfo#getWaitedCount()} and
 * {@link ThreadInfo#getBlockedCount()}) and asks to look again soon; the moment is a deadlock only if the looks for
 * {@link #STANDS_NANOS} see the same threads, all still waiting forever, with the same counts, and none of them waits
 * for a future already done. A thread shows {@code WAITING} until it runs again, also after it was woken: a woken
 * thread the system has not yet scheduled looks like a waiting one, so one moment of all waiting is not enough. Only
 * then are the stacks taken (one safepoint for all threads).
 *
 * <p>Left out of "the program's threads": weft's own daemons and the JVM's ({@code Reference Handler},
 * {@code Signal Dispatcher}...), which run none of the program's code but a finalizer or a cleaning action, and
 * {@code DestroyJavaVM}, which waits for the program's other threads to end.
 *
 * <p>Where a queued task was submitted is known when weft wrapped it at its submission ({@link SubmittedTasks}): in a
 * run that detects races; a deadlock-only run leaves {@code submit} alone and its report names no such site.
 */
final class PoolWatch {

    private static final Set<String> JVM_THREADS = Set.of("Reference Handler", "Finalizer", "Signal Dispatcher",
            "Attach Listener", "Notification Thread", "Common-Cleaner");
    /** Ids of objects that a look saw only as a {@link LockInfo} (a monitor), clear of the others. */
    private static final long FIRST_MONITOR_ID = 1L << 48;

    /**
     * How long the moment must stand, its threads' wait counts unchanged, to be a deadlock: far longer than the system
     * takes to schedule a woken thread, even on a loaded machine.
     */
    static final long STANDS_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** Read at the first look, once weft's start-up has opened the JDK's packages to it. */
    private PoolInternals jdk;
    private final PoolDeadlockDetector detector = new PoolDeadlockDetector();
    private final SiteRegistry sites;
    /** Wait counts of the program's threads at the previous look that saw a full pool among waiting threads, or null. */
    private Map<Long, Long> previousCounts;
    /** When a look first saw the moment that {@link #previousCounts} holds. */
    private long seenSince;

    /** A watch that names the sites of submissions by {@code sites}. */
    PoolWatch(SiteRegistry sites) {
        this.sites = sites;
    }

    /** Whether the previous look saw what may be a deadlock, to be confirmed by a look soon after. */
    boolean pending() {
        return previousCounts != null;
    }

    /**
     * One look: the thread-pool deadlocks that stood since the previous look, leaving out pools with a thread in
     * {@code reported} (already in a deadlock reported).
     */
    List<DeadlockFinding> look(Collection<Long> reported) {
        Map<Long, Long> before = previousCounts;
        previousCounts = null;
        if (jdk == null) {
            jdk = PoolInternals.ofThisJdk();
        }
        if (!jdk.available()) {
            return List.of();
        }
        try {
            return look(before, reported);
        } catch (RuntimeException e) {
            return List.of(); // a thread ended or changed under our feet: it was not stuck
        }
    }

    private List<DeadlockFinding> look(Map<Long, Long> before, Collection<Long> reported) {
        List<Thread> threads = programThreads();
        if (threads.stream().anyMatch(t -> !waitsForever(t.getState()))) {
            return List.of();
        }
        Map<ThreadPoolExecutor, List<Thread>> pools = fullPools(threads, reported);
        if (pools.isEmpty()) {
            return List.of();
        }
        long[] ids = threads.stream().mapToLong(Thread::getId).toArray();
        boolean confirming = before != null && System.nanoTime() - seenSince >= STANDS_NANOS;
        ThreadInfo[] infos = ManagementFactory.getThreadMXBean().getThreadInfo(ids, confirming ? Integer.MAX_VALUE : 0);
        Map<Long, Long> counts = counts(infos);
        if (counts == null || threads.stream().anyMatch(PoolWatch::wokenByADoneFuture)) {
            return List.of();
        }
        if (!counts.equals(before)) {
            seenSince = System.nanoTime();
        }
        if (!confirming || !counts.equals(before)) {
            previousCounts = counts;
            return List.of();
        }
        return detector.find(describe(threads, infos, pools), describe(pools));
    }

    /** The program's live platform threads. */
    private static List<Thread> programThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all;
        int count;
        do {
            all = new Thread[root.activeCount() * 2 + 8];
            count = root.enumerate(all, true);
        } while (count == all.length);
        List<Thread> program = new ArrayList<>(count);
        for (Thread thread : Arrays.asList(all).subList(0, count)) {
            if (!notTheProgram(thread)) {
                program.add(thread);
            }
        }
        return program;
    }

    private static boolean notTheProgram(Thread thread) {
        String name = thread.getName();
        return thread.isDaemon() && (name.startsWith("weft-") || JVM_THREADS.contains(name)) || name.equals("DestroyJavaVM");
    }

    /**
     * Whether {@code thread} waits for one of the JDK's futures that is done: it was woken, and has not run since (the
     * program's subclasses are left alone: weft runs none of the program's code here).
     */
    private static boolean wokenByADoneFuture(Thread thread) {
        return LockSupport.getBlocker(thread) instanceof FutureTask<?> future && future.getClass().getClassLoader() == null
                && future.isDone();
    }

    private static boolean waitsForever(Thread.State state) {
        return state == Thread.State.WAITING || state == Thread.State.BLOCKED;
    }

    /** The pools whose every thread runs a task while their queue holds more, with those threads. */
    private Map<ThreadPoolExecutor, List<Thread>> fullPools(List<Thread> threads, Collection<Long> reported) {
        Map<ThreadPoolExecutor, List<Thread>> byPool = new IdentityHashMap<>();
        for (Thread thread : threads) {
            ThreadPoolExecutor pool = jdk.poolOf(thread);
            if (pool != null) {
                byPool.computeIfAbsent(pool, p -> new ArrayList<>()).add(thread);
            }
        }
        Map<ThreadPoolExecutor, List<Thread>> full = new LinkedHashMap<>();
        byPool.forEach((pool, workers) -> {
            boolean whole = workers.size() == jdk.threadCount(pool); // else a thread of it hides from us
            if (whole && workers.stream().allMatch(jdk::runsTask) && queued(pool).length > 0
                    && workers.stream().noneMatch(w -> reported.contains(w.getId()))) {
                full.put(pool, workers);
            }
        });
        return full;
    }

    /** The tasks in {@code pool}'s queue, when it is one of the JDK's (whose code weft may run); else none. */
    private Object[] queued(ThreadPoolExecutor pool) {
        Object queue = jdk.queueOf(pool);
        return queue instanceof Collection<?> tasks && queue.getClass().getClassLoader() == null ? tasks.toArray() : new Object[0];
    }

    /** Each thread's count of waits begun, or {@code null} when one of them ended or is no longer waiting. */
    private static Map<Long, Long> counts(ThreadInfo[] infos) {
        Map<Long, Long> counts = new HashMap<>();
        for (ThreadInfo info : infos) {
            if (info == null || !waitsForever(info.getThreadState())) {
                return null;
            }
            counts.put(info.getThreadId(), info.getWaitedCount() + info.getBlockedCount());
        }
        return counts;
    }

    private List<PoolThread> describe(List<Thread> threads, ThreadInfo[] infos, Map<ThreadPoolExecutor, List<Thread>> pools) {
        Map<Object, Long> ids = new IdentityHashMap<>();
        pools.keySet().forEach(pool -> ids.put(pool, (long) ids.size()));
        Map<Object, ThreadPoolExecutor> queuedIn = new IdentityHashMap<>();
        pools.keySet().forEach(pool -> Arrays.stream(queued(pool)).forEach(task -> queuedIn.put(task, pool)));
        List<PoolThread> described = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            Thread thread = threads.get(i);
            described.add(new PoolThread(thread.getId(), thread.getName(), true,
                    awaited(LockSupport.getBlocker(thread), infos[i], ids, queuedIn), UserStack.of(infos[i].getStackTrace())));
        }
        return described;
    }

    private Awaited awaited(Object blocker, ThreadInfo info, Map<Object, Long> ids, Map<Object, ThreadPoolExecutor> queuedIn) {
        if (blocker == null) {
            LockInfo lock = info.getLockInfo();
            if (lock == null) {
                return Awaited.object(FIRST_MONITOR_ID, "unknown", "?", 0);
            }
            String kind = info.getThreadState() == Thread.State.BLOCKED ? "monitor"
                    : lock.getClassName().equals(Thread.class.getName()) ? "thread" : "monitor";
            return Awaited.object(FIRST_MONITOR_ID + lock.getIdentityHashCode(), kind, lock.getClassName(), lock.getIdentityHashCode());
        }
        long id = ids.computeIfAbsent(blocker, b -> (long) ids.size());
        int hash = System.identityHashCode(blocker);
        if (blocker instanceof FutureTask<?> future) {
            Thread runner = jdk.runnerOf(future);
            ThreadPoolExecutor pool = queuedIn.get(future);
            return new Awaited(id, "future", blocker.getClass().getName(), hash, runner == null ? -1 : runner.getId(),
                    pool == null ? -1 : ids.get(pool), submittedAt(future));
        }
        Class<?> type = blocker.getClass();
        if (type.getEnclosingClass() == CountDownLatch.class) {
            return Awaited.object(id, "latch", CountDownLatch.class.getName() + "$Sync", hash);
        }
        boolean lock = type.getEnclosingClass() == ReentrantLock.class || type.getEnclosingClass() == ReentrantReadWriteLock.class;
        return Awaited.object(id, lock ? "lock" : "synchronizer", type.getName(), hash);
    }

    /** Where {@code task} (a future, or a task a queue holds) was submitted, when weft wrapped it then; else null. */
    private Site submittedAt(Object task) {
        int site = SubmittedTasks.siteOf(jdk.submittedTask(task));
        return site < 0 ? null : sites.site(site);
    }

    private List<Pool> describe(Map<ThreadPoolExecutor, List<Thread>> pools) {
        List<Pool> described = new ArrayList<>();
        long id = 0;
        for (Map.Entry<ThreadPoolExecutor, List<Thread>> pool : pools.entrySet()) {
            List<Long> workers = pool.getValue().stream().map(Thread::getId).toList();
            Object[] queued = queued(pool.getKey());
            Set<Site> queuedAt = new LinkedHashSet<>();
            for (Object task : queued) {
                Site site = submittedAt(task);
                if (site != null) {
                    queuedAt.add(site);
                }
            }
            described.add(new Pool(id++, pool.getKey().getClass().getName(), System.identityHashCode(pool.getKey()), workers,
                    workers.size(), queued.length, List.copyOf(queuedAt)));
        }
        return described;
    }
}
