package dev.weft.agent.deadlock;

import dev.weft.agent.report.UserStack;
import dev.weft.analysis.waitfor.Hold;
import dev.weft.analysis.waitfor.Mode;
import dev.weft.analysis.waitfor.Resource;
import dev.weft.analysis.waitfor.ThreadSnapshot;
import dev.weft.analysis.waitfor.Wait;
import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.Arrays;
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
 *   <li>A's top frame is application code (not a native method) at a line that initializes C: a static field or
 *       method C declares, or {@code new} of C, of a subclass, or of a class implementing C when C is an interface with
 *       a default method ({@link InitializationTriggers}), where the JVM makes a thread wait for C's initialization;
 *       or A's top frame is the JDK's native method that initializes a class given at run time
 *       ({@code Class.forName}, {@code Lookup.ensureInitialized}, reflection) or a lambda's proxy, called from
 *       application code, and no thread but B
 *       runs a static initializer (so the class A waits for is one B initializes).</li>
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
        StackTraceElement[] stuck = JvmDeadlockProbe.stackWithHiddenFrames(holder.tid); // its top may be a lambda's proxy
        if (clinit < 0 || holderThread.getState() != Thread.State.RUNNABLE
                || waiterState.waitEpoch() != seen.epoch()) { // either moved while the stacks were taken: not stuck
            return false;
        }
        String initialized = initializing[clinit].getClassName();
        InitializationTriggers.Trigger trigger = triggers.triggerOf(stuck, initialized, holderThread.getContextClassLoader());
        if (trigger == null || !trigger.named() && !noOtherInitializer(holderThread, waiterThread)) {
            return false;
        }
        Resource initialization = Resource.classInitialization(FIRST_INITIALIZATION_ID + added.size(), initialized);
        ThreadSnapshot waitingForIt = taker.waitingUnseen(holder, holderThread,
                new Wait(initialization, Mode.EXCLUSIVE, Site.of(trigger.at()), false), UserStack.of(stuck));
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

    /**
     * Whether no thread but these two runs a static initializer: a thread that asked the JDK to initialize a class
     * given at run time then waits for one the waiter initializes (or for a thread that waits for the waiter's).
     */
    private static boolean noOtherInitializer(Thread holder, Thread waiter) {
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            if (entry.getKey() != holder && entry.getKey() != waiter
                    && Arrays.stream(entry.getValue()).anyMatch(frame -> frame.getMethodName().equals("<clinit>"))) {
                return false;
            }
        }
        return true;
    }
}
