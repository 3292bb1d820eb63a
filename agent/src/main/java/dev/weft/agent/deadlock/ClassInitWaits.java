package dev.weft.agent.deadlock;

import dev.weft.agent.report.UserStack;
import dev.weft.analysis.waitfor.Hold;
import dev.weft.analysis.waitfor.Mode;
import dev.weft.analysis.waitfor.Resource;
import dev.weft.analysis.waitfor.ThreadSnapshot;
import dev.weft.analysis.waitfor.Wait;
import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the threads that wait for a class's initialization in a cycle with a lock, in a plain run: thread A, holding a
 * lock, uses class C while thread B runs C's static initializer, which waits for A's lock. The JVM shows A
 * {@code RUNNABLE} (it waits inside the JVM, on nothing {@code ThreadInfo} names), weft's hooks see no wait of A's,
 * and the JVM's deadlock detection does not see it either. A is taken to wait for C's initialization when all of
 * these hold, and only then are the two stacks taken:
 * <ul>
 *   <li>B waits for a lock A holds, the same wait (blocked in the JVM) for {@link #STUCK_NANOS};</li>
 *   <li>A is {@code RUNNABLE}, in no wait weft sees, and used less than {@link #IDLE_CPU_NANOS} of CPU meanwhile;</li>
 *   <li>B's stack holds C's {@code <clinit>}: B initializes C;</li>
 *   <li>A's top frame is application code (not a native method) at a line that uses C: a static field or method
 *       of C, or {@code new C} ({@link InitializationTriggers}), where the JVM makes a thread wait for C's
 *       initialization.</li>
 * </ul>
 * A then waits for the initialization of C, which B holds from the frame that made it initialize C; the wait-for
 * graph gets both and reports the cycle. A thread merely slow in a long static initializer waits for no lock that
 * the threads waiting for its class hold: no cycle, no report.
 */
final class ClassInitWaits {

    /** How long the waiter's wait and the holder's idleness must last. */
    static final long STUCK_NANOS = 1_000_000_000L;
    /** The most CPU time a holder that waits for a class's initialization uses meanwhile (it uses none). */
    static final long IDLE_CPU_NANOS = 20_000_000L;
    /** Ids of the initialization resources, clear of the lock ids of {@link SnapshotTaker} and of thread ids. */
    private static final long FIRST_INITIALIZATION_ID = 1L << 56;

    /** A holder suspected of waiting for a class's initialization, since {@code since}, with its CPU time then. */
    private record Suspect(long waiter, long waiterEpoch, long since, long cpu) { }

    private final InitializationTriggers triggers = new InitializationTriggers();
    private Map<Long, Suspect> suspects = new HashMap<>();
    /** The waiters of the cycles found at the last look. */
    private final Set<Long> waiters = new HashSet<>();

    /**
     * Looks for holders stuck on a class's initialization that a waiter of this look runs.
     *
     * @param live     the live threads' states
     * @param waiting  the states of this look's waiting threads, by id
     * @param observed what this look saw of them
     * @param epochs   their wait epochs at the previous look
     * @return the wait-for graph's input with the cycles found (this look's snapshots, the initializing threads with the
     *         initialization they hold and their stacks, the threads waiting for it), or an empty list when none is
     */
    List<ThreadSnapshot> look(List<ThreadLockState> live, Map<Long, ThreadLockState> waiting,
                              Map<Long, SnapshotTaker.Observed> observed, Map<Long, Long> epochs, SnapshotTaker taker) {
        waiters.clear();
        Map<Long, Suspect> next = new HashMap<>();
        Map<Long, ThreadSnapshot> replaced = new HashMap<>();
        List<ThreadSnapshot> added = new ArrayList<>();
        long now = System.nanoTime();
        for (Map.Entry<Long, SnapshotTaker.Observed> entry : observed.entrySet()) {
            long waiterTid = entry.getKey();
            SnapshotTaker.Observed seen = entry.getValue();
            Long before = epochs.get(waiterTid);
            Object awaited = waiting.get(waiterTid).waitingFor();
            if (!seen.blockedInJvm() || before == null || before != seen.epoch() || awaited == null) {
                continue;
            }
            ThreadLockState holder = runningHolderOf(awaited, live, waiterTid);
            Thread holderThread = holder == null ? null : holder.thread.get();
            if (holderThread == null || holderThread.getState() != Thread.State.RUNNABLE) {
                continue;
            }
            Suspect suspect = suspects.get(holder.tid);
            long cpu = JvmDeadlockProbe.cpuTime(holder.tid);
            if (cpu < 0) {
                continue; // without the holder's CPU time, a stuck holder cannot be told from a busy one
            }
            boolean watched = suspect != null && suspect.waiter == waiterTid && suspect.waiterEpoch == seen.epoch();
            if (watched && now - suspect.since >= STUCK_NANOS && cpu - suspect.cpu < IDLE_CPU_NANOS) {
                Thread waiterThread = waiting.get(waiterTid).thread.get();
                if (waiterThread != null && initializationWait(holder, holderThread, waiting.get(waiterTid), waiterThread, seen, taker,
                        replaced, added)) {
                    waiters.add(holder.tid);
                }
                watched = false; // the stacks are taken at most once per STUCK_NANOS
            }
            if (!watched || now - suspect.since >= STUCK_NANOS) {
                suspect = new Suspect(waiterTid, seen.epoch(), now, cpu); // new, busy meanwhile, or looked at: watched afresh
            }
            next.put(holder.tid, suspect);
        }
        suspects = next;
        if (added.isEmpty()) {
            return List.of();
        }
        List<ThreadSnapshot> input = new ArrayList<>(added);
        observed.forEach((tid, seen) -> input.add(replaced.getOrDefault(tid, seen.snapshot())));
        return input;
    }

    /** The threads found waiting for a class's initialization at the last look. */
    Set<Long> waiters() {
        return waiters;
    }

    /** The state of the thread, in no wait weft sees, that holds {@code lock}, or {@code null}. */
    private static ThreadLockState runningHolderOf(Object lock, List<ThreadLockState> live, long waiterTid) {
        for (ThreadLockState state : live) {
            if (state.tid != waiterTid && state.waitingFor() == null && SnapshotTaker.holds(state, lock)) {
                return state;
            }
        }
        return null;
    }

    /**
     * Takes both stacks and checks the rest: the waiter runs a class's static initializer, the holder stands in
     * application code at a line that uses that class. If so, adds the holder waiting for the class's initialization,
     * and replaces the waiter with itself holding it.
     */
    private boolean initializationWait(ThreadLockState holder, Thread holderThread, ThreadLockState waiterState, Thread waiterThread,
                                       SnapshotTaker.Observed seen,
                                       SnapshotTaker taker, Map<Long, ThreadSnapshot> replaced, List<ThreadSnapshot> added) {
        StackTraceElement[] initializing = waiterThread.getStackTrace();
        int clinit = -1;
        for (int i = 0; i < initializing.length && clinit < 0; i++) {
            if (initializing[i].getMethodName().equals("<clinit>")) {
                clinit = i; // the innermost: the class whose initialization the waiter holds last
            }
        }
        StackTraceElement[] stuck = holderThread.getStackTrace();
        if (clinit < 0 || stuck.length == 0 || stuck[0].isNativeMethod() || holderThread.getState() != Thread.State.RUNNABLE
                || waiterState.waitEpoch() != seen.epoch()) { // either moved while the stacks were taken: not stuck
            return false;
        }
        String initialized = initializing[clinit].getClassName();
        if (!triggers.lineUses(stuck[0], initialized, holderThread.getContextClassLoader())) {
            return false;
        }
        Resource initialization = Resource.classInitialization(FIRST_INITIALIZATION_ID + added.size(), initialized);
        ThreadSnapshot waitingForIt = taker.waitingUnseen(holder, holderThread,
                new Wait(initialization, Mode.EXCLUSIVE, Site.of(stuck[0]), false), UserStack.of(stuck));
        if (waitingForIt == null) {
            return false;
        }
        ThreadSnapshot waiter = seen.snapshot();
        Site startedAt = Site.of(initializing[clinit + 1 < initializing.length ? clinit + 1 : clinit]);
        List<Hold> holds = new ArrayList<>(waiter.holds());
        holds.add(new Hold(initialization, Mode.EXCLUSIVE, 1, startedAt));
        replaced.put(waiter.tid(), new ThreadSnapshot(waiter.tid(), waiter.name(), holds, waiter.waiting(), UserStack.of(initializing)));
        added.add(waitingForIt);
        return true;
    }
}
