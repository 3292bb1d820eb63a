package dev.weft.schedule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU scheduling model of a controlled run, as in an operating-systems textbook: threads, a ready
 * queue, {@code cpus} CPUs, time slices of {@code quantum} scheduling points (preemptive policy) or none
 * (cooperative), and the model's own locks, monitors and wait sets.
 *
 * <p>A thread is either <em>in flight</em> (running between two scheduling points, or started and not yet
 * at its first), <em>at a point</em> with a pending {@link Op}, <em>detached</em> (off its CPU for a reason
 * the model does not know, e.g. a blocking call it does not model) or <em>ended</em>. The model decides
 * only when no thread is in flight: then {@link #decide} vacates the CPUs of threads that blocked or yield,
 * preempts threads whose slice is used up (preemptive policy, when others are ready), gives free CPUs to
 * ready threads ({@link Choice#DISPATCH}), and lets one thread on a CPU perform its operation
 * ({@link Choice#RUN}). With several CPUs, several threads hold a CPU (parallelism) but one step is taken
 * at a time, so that the run stays deterministic. When no thread can run and some are blocked, that is a
 * deadlock.
 *
 * <p>A timed wait that blocks is a {@link Choice#TIMEOUT}, once: it times out before the thread it waits for
 * goes on (a slow thread), or waits on until that thread does or until no thread can go on, when the model's
 * clock advances. A {@code tryLock(time, unit)} so timed out gives up even when the lock comes free before its
 * thread takes its next step: its last look found the lock held, and the thread was slow to return; so does a
 * blocking call whose timed-out result needs no call ({@code poll}, {@code offer}, {@code tryAcquire}, a latch's
 * {@code await}...: {@link #timeoutHolds}). (Other timed calls go on when what they waited for came meanwhile.)
 *
 * <p>Every choice with more than one option is recorded with a check (a hash of the options and the sites
 * they are at); given a {@link Schedule}, the model replays its choices and notices the first one that no
 * longer matches ({@link #divergence()}), then goes on with the schedule's own strategy.
 *
 * <p>Not thread-safe: the caller serialises every call.
 */
public final class Machine {

    /** Consecutive read-only steps of a thread holding its CPU while others are ready, before it is a starvation. */
    public static final int STARVATION_BOUND = 10_000;

    /** The option of a {@link Choice#TIMEOUT} that lets the timed wait wait on. */
    public static final int NO_TIMEOUT = -1;

    private enum State { STARTING, RUNNING, AT_POINT, DETACHED, ENDED }

    private static final class ModelThread {
        final int tid;
        final String name;
        final boolean daemon;
        State state = State.STARTING;
        Op pending;
        int cpu = -1;
        long readySince = -1;
        long waitingOn = -1;
        boolean notified;
        int savedCount;
        int spinRun;
        boolean starvationReported;
        boolean heldBack;
        /** Its last step was a timed wait the model ended, by its clock or a timeout choice (it could not go on). */
        boolean timedOut;
        /** Its pending timed wait, blocked, was offered to time out now ({@link Choice#TIMEOUT}). */
        boolean timeoutOffered;
        /** ... and the strategy chose that it times out now: it is enabled as if the clock had advanced. */
        boolean timeoutChosen;
        /** The sites of the steps it took. */
        final BitSet ranSites = new BitSet();

        ModelThread(int tid, String name, boolean daemon) {
            this.tid = tid;
            this.name = name;
            this.daemon = daemon;
        }
    }

    private static final class LockState {
        int owner = -1;
        int count;
        int site;
        /** A {@code StampedLock}'s: see {@link #stampedLock}. */
        boolean stamped;
        final Map<Integer, Integer> readers = new HashMap<>(2); // read holds by thread, for read-write locks
        final Map<Integer, Integer> readSites = new HashMap<>(2); // where each reader took it first
    }

    private final Parameters parameters;
    private final Strategy strategy;
    private final Pending pending = new Pending() {
        @Override
        public Op op(int tid) {
            return tid == NO_TIMEOUT ? null : threads.get(tid).pending;
        }

        @Override
        public boolean atNewSite(int tid) {
            Op op = op(tid);
            return op != null && op.site() >= 0 && !threads.get(tid).ranSites.get(op.site());
        }

        @Override
        public int sitesRun(int tid) {
            return threads.get(tid).ranSites.cardinality();
        }
    };
    private final Schedule replay;
    private final List<ModelThread> threads = new ArrayList<>();
    private final Map<Long, LockState> locks = new HashMap<>();
    private final Map<Long, List<Integer>> waitSets = new HashMap<>();
    private final Map<Long, Long> conditionLocks = new HashMap<>();
    private final int[] cpuThread;
    private final int[] cpuUsed;
    private final long[] cpuSlice;
    private long slices;
    private long steps;
    private long readyCounter;
    private final List<Integer> choices = new ArrayList<>();
    private final List<Integer> checks = new ArrayList<>();
    private final List<Hold> holds = new ArrayList<>();
    private int replayed;
    private int replayedHolds;
    private String divergence;
    private java.util.function.IntPredicate canProceed = tid -> true;
    private java.util.function.IntPredicate timeoutHolds = tid -> true;
    private boolean clockAdvances;
    /** Whether a blocked timed wait is a {@link Choice#TIMEOUT}: not in replays of schedules made before it was. */
    private final boolean timeoutChoices;
    /**
     * Whether a timed wait the strategy chose to time out early times out even when what it waited for comes before
     * it is chosen: not in replays of schedules made before it did (version 2).
     */
    private final boolean timeoutsHold;
    /** Whether that holds for the blocking calls {@link #timeoutHolds} says: not in replays of schedules before version 4. */
    private final boolean callTimeoutsHold;

    /** A model with {@code parameters} and their strategy. */
    public Machine(Parameters parameters) {
        this(parameters, parameters.newStrategy(), null);
    }

    /** A model that replays {@code schedule} (its parameters and choices). */
    public static Machine replaying(Schedule schedule) {
        Parameters parameters = schedule.parameters();
        return new Machine(parameters, parameters.newStrategy(), schedule);
    }

    /**
     * A model with {@code parameters} whose choices are made by {@code strategy}.
     *
     * @param replay a schedule whose choices come first, or {@code null}
     */
    public Machine(Parameters parameters, Strategy strategy, Schedule replay) {
        this.parameters = parameters;
        this.strategy = strategy;
        this.replay = replay;
        this.timeoutChoices = replay == null || replay.timeoutChoices();
        this.timeoutsHold = replay == null || replay.timeoutsHold();
        this.callTimeoutsHold = replay == null || replay.callTimeoutsHold();
        this.cpuThread = new int[parameters.cpus()];
        this.cpuUsed = new int[parameters.cpus()];
        this.cpuSlice = new long[parameters.cpus()];
        java.util.Arrays.fill(cpuThread, -1);
    }

    /**
     * Says whether a thread at a {@link OpKind#BLOCK} point can make its call without blocking now (a latch at
     * zero, a free permit, an item or room in a queue, a stamp of a {@link #stampedLock}): the sync object's own state,
     * which only the threads of the model change, one step at a time. Until it can, the thread is blocked in the model.
     */
    public void canProceed(java.util.function.IntPredicate test) {
        this.canProceed = test;
    }

    /**
     * Says whether the timed call of a thread at a {@link OpKind#BLOCK} point gives up when the strategy chose that it
     * times out even if it could proceed by the time its thread is chosen (its timed-out result needs no call: the
     * call returns it as a slow thread would); otherwise such a call proceeds then. By default every one does.
     */
    public void timeoutHolds(java.util.function.IntPredicate test) {
        this.timeoutHolds = test;
    }

    /** The model's parameters. */
    public Parameters parameters() {
        return parameters;
    }

    // ---- what the threads report -------------------------------------------------------------

    /**
     * A new thread joins the model, in flight until it reaches its first point.
     *
     * @return its index (indexes are handed out in creation order, from 0)
     */
    public int create(String name, boolean daemon) {
        ModelThread thread = new ModelThread(threads.size(), name, daemon);
        threads.add(thread);
        strategy.threadCreated(thread.tid);
        return thread.tid;
    }

    /** Thread {@code tid} reached a scheduling point: it is about to perform {@code op}. */
    public void arrive(int tid, Op op) {
        ModelThread thread = threads.get(tid);
        thread.state = State.AT_POINT;
        thread.pending = op;
        thread.timeoutOffered = false;
        thread.timeoutChosen = false;
        if (op.kind() == OpKind.WAIT) {
            LockState monitor = lock(lockOf(op.target()));
            // a condition's await reports the release of one hold of its lock first, and its acquisition after
            int unknown = conditionLocks.containsKey(op.target()) ? 0 : 1;
            thread.savedCount = monitor.owner == tid ? monitor.count : unknown;
            monitor.owner = -1;
            monitor.count = 0;
            thread.waitingOn = op.target();
            thread.notified = false;
            waitSets.computeIfAbsent(op.target(), m -> new ArrayList<>()).add(tid);
        }
    }

    /**
     * {@code condition} is a condition of {@code lock} ({@code Lock.newCondition()}): a {@link OpKind#WAIT}
     * on it waits in the condition's own wait set, and releases and takes back {@code lock}: the holds the
     * thread has left when it arrives (the caller reports the release of one hold before, the acquisition
     * of one after).
     */
    public void condition(long condition, long lock) {
        conditionLocks.put(condition, lock);
    }

    /** The lock a wait on {@code waitSet} releases: the lock of a condition, or the monitor itself. */
    private long lockOf(long waitSet) {
        return conditionLocks.getOrDefault(waitSet, waitSet);
    }

    /** Thread {@code tid} ended. */
    public void end(int tid) {
        ModelThread thread = threads.get(tid);
        thread.state = State.ENDED;
        leaveCpu(thread);
        leaveWaitSet(thread);
    }

    /** Thread {@code tid} left the model's control for a while (it comes back with {@link #arrive}). */
    public void detach(int tid) {
        ModelThread thread = threads.get(tid);
        thread.state = State.DETACHED;
        leaveCpu(thread);
    }

    /** Thread {@code tid} (running) took {@code lock}, once more if it held it already. */
    public void acquired(int tid, long lock, int site) {
        LockState state = lock(lock);
        if (state.owner != tid) {
            state.owner = tid;
            state.count = 0;
            state.site = site;
        }
        state.count++;
    }

    /** Thread {@code tid} (running) took the read half of the read-write lock {@code lock}, once more. */
    public void acquiredShared(int tid, long lock, int site) {
        LockState state = lock(lock);
        state.readers.merge(tid, 1, Integer::sum);
        state.readSites.putIfAbsent(tid, site);
    }

    /** Thread {@code tid} (running) released {@code lock} once; a release of a lock it does not hold is ignored. */
    public void released(int tid, long lock) {
        LockState state = locks.get(lock);
        if (state != null && state.owner == tid && --state.count == 0) {
            state.owner = -1;
        }
    }

    /**
     * {@code lock} is a {@code StampedLock}: a lock of the model whose write stamp is held exclusive and whose read stamps
     * shared ({@link #acquired}, {@link #acquiredShared}), and whose stamps any thread may give up ({@link #releasedStamp}).
     * Its requests ({@link OpKind#LOCK} for a write stamp, {@link OpKind#READ_LOCK} for a read stamp) are enabled when
     * {@link #canProceed} says, as a blocking call's are: the {@code StampedLock} itself says whether it would grant the
     * stamp (it is not reentrant), so a stamp given up where the model does not see never keeps a request blocked in the
     * model. The model's holds name the holders, for deadlocks and steering.
     */
    public void stampedLock(long lock) {
        lock(lock).stamped = true;
    }

    /**
     * A thread gave up a write stamp ({@code write}) or a read stamp of the {@code StampedLock} {@code lock}: a stamp is
     * not its thread's, so the thread that unlocks it ({@code tid}, or -1 for a thread outside the model) may be another.
     * A read stamp is taken from {@code tid}'s read holds when it has one, else from another reader's.
     */
    public void releasedStamp(int tid, long lock, boolean write) {
        LockState state = locks.get(lock);
        if (state == null) {
            return;
        }
        if (write) {
            state.owner = -1;
            state.count = 0;
        } else if (!state.readers.isEmpty()) {
            releasedShared(state.readers.containsKey(tid) ? tid : state.readers.keySet().iterator().next(), lock);
        }
    }

    /** Thread {@code tid} (running) released the read half of {@code lock} once. */
    public void releasedShared(int tid, long lock) {
        LockState state = locks.get(lock);
        if (state != null) {
            if (state.readers.computeIfPresent(tid, (t, n) -> n == 1 ? null : n - 1) == null) {
                state.readSites.remove(tid);
            }
        }
    }

    /** Thread {@code tid} (running) notified {@code monitor}: one waiter, chosen, or all of them. */
    public void notified(int tid, long monitor, boolean all) {
        List<Integer> waiting = new ArrayList<>();
        for (int waiter : waitSets.getOrDefault(monitor, List.of())) {
            if (!threads.get(waiter).notified) {
                waiting.add(waiter);
            }
        }
        if (waiting.isEmpty()) {
            return;
        }
        if (all) {
            waiting.forEach(w -> threads.get(w).notified = true);
        } else {
            threads.get(choose(Choice.NOTIFY, waiting)).notified = true;
        }
    }

    /**
     * Holds thread {@code tid} back, or lets it go: a held-back thread is chosen only when no other thread
     * can run (a steered run, e.g. toward a predicted deadlock). Each change is recorded in the schedule, and
     * a replay makes it again at the same step.
     */
    public void holdBack(int tid, boolean held) {
        ModelThread thread = threads.get(tid);
        if (thread.heldBack != held) {
            thread.heldBack = held;
            holds.add(new Hold(steps, tid, held));
        }
    }

    /** Replaying: holds back or lets go the threads the schedule says were at this step. */
    private void replayHolds() {
        List<Hold> recorded = replay.holds();
        while (replayedHolds < recorded.size() && recorded.get(replayedHolds).step() <= steps
                && recorded.get(replayedHolds).thread() < threads.size()) {
            Hold hold = recorded.get(replayedHolds++);
            holdBack(hold.thread(), hold.held());
        }
    }

    /** A waiting thread was interrupted: it may come back from its wait as if notified. */
    public void interrupted(int tid) {
        threads.get(tid).notified = true;
    }

    /**
     * True when thread {@code tid}, back from its last {@link OpKind#WAIT}, was notified (or interrupted);
     * false when a timed wait ended without (it timed out).
     */
    public boolean wasNotified(int tid) {
        return threads.get(tid).notified;
    }

    /**
     * True when thread {@code tid}'s last step was a timed wait (a {@code tryLock(time, unit)}, a
     * {@code join(millis)}, a timed blocking call) that could not go on and was ended by the model's clock
     * (no thread could go on) or by the strategy's {@link Choice#TIMEOUT}: the call must then return as timed
     * out, without waiting.
     */
    public boolean timedOut(int tid) {
        return threads.get(tid).timedOut;
    }

    /** True while a thread runs between two points or has not reached its first yet. */
    public boolean inFlight() {
        for (ModelThread thread : threads) {
            if (thread.state == State.RUNNING || thread.state == State.STARTING) {
                return true;
            }
        }
        return false;
    }

    /** True when thread {@code tid} is running: chosen, and not yet at its next point. */
    public boolean running(int tid) {
        return threads.get(tid).state == State.RUNNING;
    }

    /** True when thread {@code tid} is starting or running. */
    public boolean inFlight(int tid) {
        State state = threads.get(tid).state;
        return state == State.RUNNING || state == State.STARTING;
    }

    // ---- the decision ------------------------------------------------------------------------

    /**
     * Decides what happens next (see the class comment); call it only when nothing is {@link #inFlight()}.
     * A timed wait for a lock, a thread's end or a blocking call that cannot proceed times out when no other
     * thread can go on (the model's clock advances only when every thread waits), or when the strategy
     * chooses, as the wait blocks, that it times out before what it waits for comes ({@link Choice#TIMEOUT}):
     * then it is enabled, and times out when it is chosen ({@link #timedOut}) if it still cannot go on (a lock request
     * even if it could by then).
     */
    public Decision decide() {
        Decision decision = decideNow();
        if (decision instanceof Decision.Deadlock deadlock && deadlock.blocked().stream().anyMatch(b -> b.op().timed())) {
            clockAdvances = true;
            try {
                decision = decideNow();
            } finally {
                clockAdvances = false;
            }
        }
        return decision;
    }

    private Decision decideNow() {
        if (inFlight()) {
            return new Decision.Nothing();
        }
        if (replay != null) {
            replayHolds();
        }
        if (timeoutChoices && !clockAdvances) {
            offerTimeouts();
        }
        for (int cpu = 0; cpu < cpuThread.length; cpu++) {
            ModelThread thread = onCpu(cpu);
            if (thread != null && (thread.state != State.AT_POINT || !enabled(thread)
                    || thread.pending.kind() == OpKind.YIELD)) {
                leaveCpu(thread);
                thread.readySince = -1;
            }
        }
        List<ModelThread> ready = ready();
        for (int cpu = 0; cpu < cpuThread.length; cpu++) {
            ModelThread thread = onCpu(cpu);
            if (thread != null && thread.heldBack && ready.stream().anyMatch(t -> !t.heldBack)) {
                leaveCpu(thread); // held back while others can run: it gives up its CPU
                thread.readySince = readyCounter++;
            }
        }
        Decision.Starvation starvation = null;
        for (int cpu = 0; cpu < cpuThread.length && !ready.isEmpty(); cpu++) {
            ModelThread thread = onCpu(cpu);
            if (thread == null) {
                continue;
            }
            if (parameters.policy() == Policy.PREEMPTIVE && cpuUsed[cpu] >= parameters.quantum()) {
                preempt(thread, ready);
            } else if (parameters.policy() == Policy.COOPERATIVE && thread.spinRun >= STARVATION_BOUND) {
                if (!thread.starvationReported) { // reported once; its CPU goes to a starved thread every time
                    thread.starvationReported = true;
                    starvation = new Decision.Starvation(thread.tid, ready.stream().map(t -> t.tid).toList(), thread.pending);
                }
                leaveCpu(thread); // not ready before the next decision: the others have its CPU, the program can finish
            }
        }
        for (int cpu = 0; cpu < cpuThread.length && !ready.isEmpty(); cpu++) {
            if (cpuThread[cpu] < 0) {
                ModelThread thread = threads.get(choose(Choice.DISPATCH, ready.stream().map(t -> t.tid).toList()));
                ready.remove(thread);
                dispatch(thread, cpu);
            }
        }
        List<Integer> running = new ArrayList<>();
        for (int tid : cpuThread) {
            if (tid >= 0 && !threads.get(tid).heldBack) {
                running.add(tid);
            }
        }
        if (running.isEmpty()) { // only held-back threads hold a CPU: they go
            for (int tid : cpuThread) {
                if (tid >= 0) {
                    running.add(tid);
                }
            }
        }
        if (running.isEmpty()) {
            return stuck();
        }
        ModelThread chosen = threads.get(choose(Choice.RUN, running));
        return new Decision.Run(perform(chosen), starvation);
    }

    /**
     * Each timed wait (not a {@code wait}, which may end at any point anyway) that blocked since its thread
     * reached its point is a {@link Choice#TIMEOUT}, once: a timeout may always come before a slow thread's
     * wake-up.
     */
    private void offerTimeouts() {
        for (ModelThread thread : threads) {
            if (thread.state == State.AT_POINT && !thread.timeoutOffered && thread.pending.timed()
                    && thread.pending.kind() != OpKind.WAIT && !canGoOn(thread)) {
                thread.timeoutOffered = true;
                thread.timeoutChosen = choose(Choice.TIMEOUT, List.of(NO_TIMEOUT, thread.tid)) == thread.tid;
            }
        }
    }

    private Decision stuck() {
        List<Decision.Blocked> blocked = new ArrayList<>();
        boolean someNonDaemon = false;
        for (ModelThread thread : threads) {
            if (thread.state == State.DETACHED) {
                return new Decision.Nothing(); // it may come back and free the others
            }
            if (thread.state == State.AT_POINT) {
                blocked.add(new Decision.Blocked(thread.tid, thread.pending, holderOf(thread)));
                someNonDaemon |= !thread.daemon;
            }
        }
        return someNonDaemon ? new Decision.Deadlock(blocked) : new Decision.Nothing();
    }

    private int holderOf(ModelThread thread) {
        Op op = thread.pending;
        return switch (op.kind()) {
            case MONITOR_ENTER, READ_LOCK -> lock(op.target()).owner;
            case WAIT -> lock(lockOf(op.target())).owner;
            case LOCK -> {
                LockState state = lock(op.target());
                yield state.owner >= 0 || state.readers.isEmpty() ? state.owner : state.readers.keySet().iterator().next();
            }
            case JOIN -> (int) op.target();
            default -> -1;
        };
    }

    private Step perform(ModelThread thread) {
        Op op = thread.pending;
        Step.TimedOut waitTimedOut = waitTimedOut(thread, op); // before the wait takes its monitor back
        if (op.kind() == OpKind.WAIT) {
            leaveWaitSet(thread);
            LockState monitor = lock(lockOf(op.target()));
            monitor.owner = thread.tid;
            monitor.count = thread.savedCount;
        }
        thread.spinRun = changesNothing(op) ? thread.spinRun + 1 : 0;
        thread.timedOut = timesOut(thread) && (!canGoOn(thread) || thread.timeoutChosen && chosenTimeoutHolds(thread));
        Step.TimedOut timedOut = !thread.timedOut ? waitTimedOut : clockAdvances ? Step.TimedOut.CLOCK : Step.TimedOut.EARLY;
        thread.state = State.RUNNING;
        thread.pending = null;
        if (op.site() >= 0) {
            thread.ranSites.set(op.site());
        }
        int cpu = thread.cpu;
        cpuUsed[cpu]++;
        Step step = new Step(steps, thread.tid, cpu, cpuSlice[cpu], op, timedOut);
        strategy.stepped(steps, thread.tid);
        steps++;
        return step;
    }

    /**
     * Whether a step of {@code op} leaves nothing another thread could see changed, as a spin's steps do: a read, or
     * taking or trying a lock (a spin that polls under a lock takes and lets go of it in turn; while it holds it, the
     * threads that need it are not ready, so they are not starved by it).
     */
    private static boolean changesNothing(Op op) {
        return switch (op.kind()) {
            case READ, MONITOR_ENTER, LOCK, READ_LOCK, TRY_LOCK -> true;
            default -> false;
        };
    }

    /**
     * How {@code thread}'s operation, about to be performed, ends when it is a timed {@code wait} that ends with no
     * notify: early when another thread could go on, by the clock when none could; {@code null} otherwise.
     */
    private Step.TimedOut waitTimedOut(ModelThread thread, Op op) {
        if (op.kind() != OpKind.WAIT || !op.timed() || thread.notified) {
            return null;
        }
        boolean othersCanGoOn = threads.stream().anyMatch(other -> other != thread && other.state == State.AT_POINT && canGoOn(other)
                && !(other.pending.kind() == OpKind.WAIT && !other.notified)); // another wait would go on only by timing out too
        return othersCanGoOn ? Step.TimedOut.EARLY : Step.TimedOut.CLOCK;
    }

    private boolean enabled(ModelThread thread) {
        return canGoOn(thread) || timesOut(thread);
    }

    /** True when thread's pending operation can be performed now without timing out. */
    private boolean canGoOn(ModelThread thread) {
        Op op = thread.pending;
        return switch (op.kind()) {
            case READ_LOCK, LOCK -> stamped(op.target()) ? canProceed.test(thread.tid)
                    : free(op.target(), thread.tid) && (op.kind() == OpKind.READ_LOCK || noReaders(op.target()));
            case MONITOR_ENTER -> free(op.target(), thread.tid);
            case WAIT -> (thread.notified || op.timed()) && free(lockOf(op.target()), thread.tid)
                    && noReaders(lockOf(op.target()));
            case JOIN -> op.target() < 0 || op.target() >= threads.size()
                    || threads.get((int) op.target()).state == State.ENDED;
            case BLOCK -> canProceed.test(thread.tid);
            default -> true;
        };
    }

    /**
     * True when thread's pending operation, a timed wait, ends by the model's clock now, or because the strategy
     * chose that it times out ({@link Choice#TIMEOUT}). A timed {@code wait} is not one of them: it may end at
     * any point, by the strategy's choice, as a wait may wake spuriously.
     */
    private boolean timesOut(ModelThread thread) {
        Op op = thread.pending;
        return op.timed() && op.kind() != OpKind.WAIT && (clockAdvances || thread.timeoutChosen);
    }

    /**
     * Whether the timeout chosen for {@code thread}'s timed wait holds although it could go on now (see the class
     * comment): a lock request's (schedule version 3 on), a blocking call's that {@link #timeoutHolds} says (version 4 on).
     */
    private boolean chosenTimeoutHolds(ModelThread thread) {
        return switch (thread.pending.kind()) {
            case LOCK, READ_LOCK -> timeoutsHold;
            case BLOCK -> callTimeoutsHold && timeoutHolds.test(thread.tid);
            default -> false;
        };
    }

    private boolean stamped(long lock) {
        LockState state = locks.get(lock);
        return state != null && state.stamped;
    }

    private boolean noReaders(long lock) {
        LockState state = locks.get(lock);
        return state == null || state.readers.isEmpty();
    }

    private boolean free(long lock, int tid) {
        LockState state = locks.get(lock);
        return state == null || state.owner < 0 || state.owner == tid;
    }

    /**
     * The threads at a point, enabled and off the CPUs, the longest waiting first; held-back ones only when no
     * other thread can run (none is ready, and none that is not held back holds a CPU).
     */
    private List<ModelThread> ready() {
        List<ModelThread> ready = readyIncludingHeld();
        List<ModelThread> free = ready.stream().filter(t -> !t.heldBack).toList();
        boolean freeOnCpu = false;
        for (int cpu = 0; cpu < cpuThread.length; cpu++) {
            freeOnCpu |= onCpu(cpu) != null && !onCpu(cpu).heldBack;
        }
        return free.isEmpty() && !freeOnCpu ? ready : new ArrayList<>(free);
    }

    private List<ModelThread> readyIncludingHeld() {
        List<ModelThread> ready = new ArrayList<>();
        for (ModelThread thread : threads) {
            if (thread.cpu >= 0) {
                continue;
            }
            if (thread.state == State.AT_POINT && enabled(thread)) {
                if (thread.readySince < 0) {
                    thread.readySince = readyCounter++;
                }
                ready.add(thread);
            } else {
                thread.readySince = -1;
            }
        }
        ready.sort(Comparator.comparingLong(t -> t.readySince));
        return ready;
    }

    private void preempt(ModelThread thread, List<ModelThread> ready) {
        leaveCpu(thread);
        thread.readySince = readyCounter++;
        ready.add(thread);
    }

    private void dispatch(ModelThread thread, int cpu) {
        cpuThread[cpu] = thread.tid;
        cpuUsed[cpu] = 0;
        cpuSlice[cpu] = slices++;
        thread.cpu = cpu;
        thread.readySince = -1;
    }

    private ModelThread onCpu(int cpu) {
        return cpuThread[cpu] < 0 ? null : threads.get(cpuThread[cpu]);
    }

    private void leaveCpu(ModelThread thread) {
        if (thread.cpu >= 0) {
            cpuThread[thread.cpu] = -1;
            thread.cpu = -1;
        }
        thread.spinRun = 0;
    }

    private void leaveWaitSet(ModelThread thread) {
        if (thread.waitingOn >= 0) {
            List<Integer> set = waitSets.get(thread.waitingOn);
            if (set != null) {
                set.remove(Integer.valueOf(thread.tid));
            }
            thread.waitingOn = -1;
        }
    }

    private LockState lock(long lock) {
        return locks.computeIfAbsent(lock, l -> new LockState());
    }

    // ---- choices, record and replay -----------------------------------------------------------

    private int choose(Choice choice, List<Integer> options) {
        if (options.size() == 1) {
            return options.get(0);
        }
        int check = check(choice, options);
        if (replay != null && divergence == null) {
            if (replayed >= replay.choices().size()) {
                divergence = "replay diverged at step " + steps + ": the schedule has no choice left ("
                        + replay.choices().size() + " recorded), the program goes on";
            } else {
                int expected = replay.choices().get(replayed);
                int expectedCheck = replay.checks().get(replayed);
                replayed++;
                if (expectedCheck == check && options.contains(expected)) {
                    record(expected, check);
                    return expected;
                }
                divergence = "replay diverged at step " + steps + " (choice " + (replayed - 1) + "): expected "
                        + choice.name().toLowerCase(java.util.Locale.ROOT) + " of thread " + expected
                        + ", found the options " + describe(options) + " (the program no longer matches the schedule)";
            }
        }
        int pick = strategy.pick(choice, options, pending);
        record(pick, check);
        return pick;
    }

    private String describe(List<Integer> options) {
        List<String> parts = new ArrayList<>();
        for (int tid : options) {
            Op op = tid == NO_TIMEOUT ? null : threads.get(tid).pending;
            parts.add(tid == NO_TIMEOUT ? "no timeout" : tid + " (" + (op == null ? "?" : op.kind().label()) + ")");
        }
        return parts.toString();
    }

    private void record(int pick, int check) {
        choices.add(pick);
        checks.add(check);
    }

    private int check(Choice choice, List<Integer> options) {
        int hash = choice.ordinal();
        for (int tid : options) {
            Op op = tid == NO_TIMEOUT ? null : threads.get(tid).pending;
            hash = 31 * (31 * hash + tid) + (op == null ? 0 : 31 * op.kind().ordinal() + op.check());
        }
        return hash;
    }

    /**
     * The program has ended: a replay whose schedule still has choices left did not match it either.
     *
     * @return the divergence (see {@link #divergence()}), or {@code null}
     */
    public String ended() {
        if (replay != null && divergence == null && replayed < replay.choices().size()) {
            divergence = "replay diverged: the program ended after " + replayed + " of the schedule's "
                    + replay.choices().size() + " choices (the program no longer matches the schedule)";
        }
        return divergence;
    }

    /** The first place where a replay did not match the program, or {@code null}. */
    public String divergence() {
        return divergence;
    }

    /** How many steps were taken. */
    public long steps() {
        return steps;
    }

    /** The schedule so far, to save and replay. */
    public Schedule schedule(boolean replayable) {
        return Schedule.of(parameters, steps, replayable, choices, checks, holds,
                threads.stream().map(thread -> thread.ranSites.cardinality()).toList());
    }

    // ---- what reports need ---------------------------------------------------------------------

    /** The name thread {@code tid} had when it joined the model. */
    public String name(int tid) {
        return threads.get(tid).name;
    }

    /** How many threads joined the model. */
    public int threadCount() {
        return threads.size();
    }

    /** True when thread {@code tid} holds the read half of {@code lock} (and not its write half). */
    public boolean holdsShared(int tid, long lock) {
        LockState state = locks.get(lock);
        return state != null && state.owner != tid && state.readers.containsKey(tid);
    }

    /** The locks thread {@code tid} holds (read halves too), each with the site where it took it. */
    public Map<Long, Integer> held(int tid) {
        Map<Long, Integer> held = new java.util.LinkedHashMap<>();
        locks.forEach((lock, state) -> {
            if (state.owner == tid) {
                held.put(lock, state.site);
            } else if (state.readers.containsKey(tid)) {
                held.put(lock, state.readSites.get(tid));
            }
        });
        return held;
    }
}
