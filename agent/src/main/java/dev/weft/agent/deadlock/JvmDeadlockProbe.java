package dev.weft.agent.deadlock;

import dev.weft.agent.report.UserStack;
import dev.weft.analysis.waitfor.Hold;
import dev.weft.analysis.waitfor.Mode;
import dev.weft.analysis.waitfor.Resource;
import dev.weft.analysis.waitfor.ThreadSnapshot;
import dev.weft.analysis.waitfor.Wait;
import dev.weft.trace.Site;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The fallback: asks the JVM ({@link ThreadMXBean#findDeadlockedThreads}) for threads deadlocked on
 * monitors or ownable synchronizers, including locks inside the JDK that weft does not instrument, and
 * describes them as {@link ThreadSnapshot}s for the same analysis.
 */
final class JvmDeadlockProbe {

    /**
     * The JVM's management classes take a while to load: not before {@code main}, but on the watchdog's
     * warm-up thread ({@link #warmUp()}) or at the first probe, whichever comes first.
     */
    private static final class Jvm {
        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    }

    /** Loads what a probe needs, ahead of the first. */
    static void warmUp() {
        Jvm.THREADS.getClass(); // initializes the holder
    }

    /** The CPU time thread {@code tid} has used, in nanoseconds, or -1 when the JVM does not measure it. */
    static long cpuTime(long tid) {
        return Jvm.THREADS.isThreadCpuTimeSupported() && Jvm.THREADS.isThreadCpuTimeEnabled() ? Jvm.THREADS.getThreadCpuTime(tid) : -1;
    }

    /**
     * The stack of thread {@code tid}, top first, with the frames of hidden classes (a lambda's proxy), which
     * {@code Thread.getStackTrace} leaves out on newer JDKs (Java 25); empty when the thread has ended.
     */
    static StackTraceElement[] stackWithHiddenFrames(long tid) {
        ThreadInfo info = Jvm.THREADS.getThreadInfo(tid, Integer.MAX_VALUE);
        return info == null ? new StackTraceElement[0] : info.getStackTrace();
    }

    /** True when the JVM shows thread {@code tid} blocked on entering {@code monitor} (a thread info without stack). */
    static boolean blockedOn(long tid, Object monitor) {
        ThreadInfo info = Jvm.THREADS.getThreadInfo(tid);
        LockInfo lock = info == null || info.getThreadState() != Thread.State.BLOCKED ? null : info.getLockInfo();
        return lock != null && lock.getIdentityHashCode() == System.identityHashCode(monitor)
                && lock.getClassName().equals(monitor.getClass().getName());
    }

    /** Snapshots of the deadlocked threads the JVM knows of, leaving out {@code known} thread ids. */
    List<ThreadSnapshot> deadlocked(Set<Long> known) {
        ThreadMXBean threads = Jvm.THREADS;
        long[] ids = threads.findDeadlockedThreads();
        if (ids == null) {
            return List.of();
        }
        long[] fresh = Arrays.stream(ids).filter(id -> !known.contains(id)).toArray();
        if (fresh.length == 0) {
            return List.of();
        }
        List<ThreadSnapshot> snapshots = new ArrayList<>();
        for (ThreadInfo info : threads.getThreadInfo(fresh, true, true)) {
            if (info != null && info.getLockInfo() != null) {
                snapshots.add(snapshot(info));
            }
        }
        return snapshots;
    }

    private static ThreadSnapshot snapshot(ThreadInfo info) {
        List<Site> stack = UserStack.of(info.getStackTrace());
        List<Hold> holds = new ArrayList<>();
        for (MonitorInfo monitor : info.getLockedMonitors()) {
            Site site = monitor.getLockedStackFrame() == null ? Site.UNKNOWN : Site.of(monitor.getLockedStackFrame());
            holds.add(new Hold(resource(monitor, Resource.Kind.MONITOR), Mode.EXCLUSIVE, 1, site));
        }
        for (LockInfo synchronizer : info.getLockedSynchronizers()) {
            holds.add(new Hold(resource(synchronizer, Resource.Kind.LOCK), Mode.EXCLUSIVE, 1, Site.UNKNOWN));
        }
        Resource.Kind waitKind = info.getThreadState() == Thread.State.BLOCKED ? Resource.Kind.MONITOR : Resource.Kind.LOCK;
        Site waitSite = stack.isEmpty() ? Site.UNKNOWN : stack.get(0);
        Wait wait = new Wait(resource(info.getLockInfo(), waitKind), Mode.EXCLUSIVE, waitSite, false);
        return new ThreadSnapshot(info.getThreadId(), info.getThreadName(), holds, wait, stack);
    }

    /** The JVM names a lock by class and identity hash only; together they stand for its identity here. */
    private static Resource resource(LockInfo lock, Resource.Kind kind) {
        long id = (1L << 62) | ((long) lock.getClassName().hashCode() << 32) | (lock.getIdentityHashCode() & 0xffffffffL);
        return new Resource(id, kind, lock.getClassName(), lock.getIdentityHashCode());
    }
}
