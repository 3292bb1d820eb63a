package dev.weft.agent.control;

import dev.weft.agent.deadlock.ReadWriteLocks;
import dev.weft.agent.identity.WeakIdentityMap;
import dev.weft.agent.site.FieldRegistry;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.report.ControlRun;
import dev.weft.report.Finding;
import dev.weft.report.RaceFinding;
import dev.weft.report.Report;
import dev.weft.report.StarvationFinding;
import dev.weft.report.TimelineEntry;
import dev.weft.runtime.Listener;
import dev.weft.schedule.Decision;
import dev.weft.schedule.Machine;
import dev.weft.schedule.Op;
import dev.weft.schedule.OpKind;
import dev.weft.schedule.Parameters;
import dev.weft.schedule.Schedule;
import dev.weft.schedule.ScheduleFile;
import dev.weft.schedule.Step;
import dev.weft.trace.Site;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.StampedLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntBinaryOperator;

/**
 * The listener of a controlled run: every scheduling point of an application thread (lock requests,
 * {@code wait}, {@code join}, {@code start}, shared memory accesses) is handed to the scheduling model
 * ({@link Machine}), and the thread goes on only when the model chooses it, so that exactly one
 * application thread runs between two points.
 *
 * <p>Lock ownership and waiting are the model's: a thread whose lock is taken waits in the model (parked on
 * this controller's own monitor), not in the JVM; {@code wait} is performed here
 * ({@link #waitsInstead}), and a {@code notify} wakes the waiter the model chooses. A thread that does not
 * come back to a point within {@link #OFF_CPU_MILLIS} (sleep, I/O, a blocking call the model does not know)
 * is taken off its CPU so that the others go on, and the run is marked not exactly replayable; a thread
 * that ended is noticed within {@link #POLL_MILLIS}. Threads the application did not start join the model
 * when they first reach a point (a pool thread running application code), also making the run not
 * exactly replayable.
 *
 * <p><b>Shadow state</b>: everything below is guarded by {@code ctl}, weft's own monitor, except
 * {@link Controlled#go} (volatile, read by a thread polling in {@code wait}) and {@link #stopped}. A parked
 * thread waits on its own {@link Controlled} monitor, which the deciding thread notifies (lock order:
 * {@code ctl}, then a {@code Controlled}). A thread may hold application monitors when it takes
 * {@code ctl}, never the other way round. Findings are handed to the sink after {@code ctl} is released.
 */
public final class Controller implements Listener {

    /** How often the watchdog looks for threads that ended or stay away from points. */
    static final long POLL_MILLIS = 1;
    /** How long a running thread may stay away from a scheduling point before it is taken off its CPU. */
    static final long OFF_CPU_MILLIS = 300;
    /**
     * How long a running thread may stay parked or waiting in the JVM (a call the model does not know)
     * before it is taken off its CPU.
     */
    static final long BLOCKED_MILLIS = 10;
    /**
     * How long the model may wait for threads off their CPUs while every other thread is blocked in it,
     * before weft stops controlling (they may wait for one another outside the model: never hang).
     */
    static final long STALL_MILLIS = 2_000;

    /** An application thread under control. */
    private static final class Controlled {
        final int tid;
        final Thread thread;
        volatile boolean go;
        /** Set by the thread once it runs again after being chosen: only then does its JVM state say anything. */
        volatile boolean resumed = true;
        long since = System.nanoTime();
        long blockedSince = -1;
        /** Its CPU time when it was first seen running long without a point, or -1. */
        long cpuMark = -1;
        boolean detached;
        /** At a blocking call: whether it can go on without blocking, or {@code null}. */
        BooleanSupplier canProceed;
        /** At a timed blocking call: whether a timeout the model chose holds ({@link #timedCall}). */
        boolean timeoutHolds;
        /** The model's park permit, given by {@code unpark} and {@code interrupt}, taken by {@code park}. */
        boolean permit;
        /**
         * Interrupted by another thread of the model since its last blocking call: its next one goes on (and
         * meets the interrupt). The JVM's flag cannot say it: waiting for its turn clears it.
         */
        boolean interruptPending;
        /** In a call that may wait in the JVM for another thread's call ({@link #waitingCall}), or {@code null}. */
        WaitingCall call;
        /** Whether it waits in that call, blocked in the model until a call of another thread releases it. */
        boolean inCall;
        /** Waiting for the threads its call released to come back to their points. */
        boolean collecting;
        /** Its timed call, whose timeout was the model's, was ended when weft stopped controlling. */
        boolean timedOutByStop;
        /** The thread that made it; a thread not started yet is given up only once its maker went on without starting it. */
        Controlled maker;
        /**
         * Waiting in the JVM for a class that a thread of the model initializes: blocked in the model on that class's
         * initialization lock ({@link #awaitedClassInit}) until chosen, even once the JVM lets it go on.
         */
        boolean awaitsClassInit;

        Controlled(int tid, Thread thread) {
            this.tid = tid;
            this.thread = thread;
        }
    }

    /** A call that may wait in the JVM for another thread's call on {@code sync}; see {@link Listener#waitingCall}. */
    private record WaitingCall(Object sync, int side, boolean timed, int site) { }

    private static final BooleanSupplier NOT_RELEASED = () -> false;
    /**
     * Packages of weft's own work in an application thread (instrumenting a class, writing the report, deciding);
     * not the hooks around the program's calls ({@code dev.weft.runtime}, the listeners), where a thread may spin.
     */
    private static final List<String> WEFTS_OWN_WORK = List.of("dev.weft.agent.instrument.", "dev.weft.agent.report.",
            "dev.weft.report.", "dev.weft.shaded.", "dev.weft.agent.control.");

    /** The JVM's per-thread CPU clock, loaded when first needed; {@code null} where there is none. */
    private static final class CpuClock {
        static final java.lang.management.ThreadMXBean THREADS = threads();

        private static java.lang.management.ThreadMXBean threads() {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            return threads.isThreadCpuTimeSupported() ? threads : null;
        }

        static long of(Thread thread) {
            return THREADS == null ? -1 : THREADS.getThreadCpuTime(thread.getId());
        }
    }

    /** {@code thread}'s CPU time in nanoseconds, or -1 where the JVM has no per-thread CPU clock. */
    private static long cpuTime(Thread thread) {
        try {
            return CpuClock.of(thread);
        } catch (LinkageError | RuntimeException e) { // no java.management in this runtime
            return -1;
        }
    }

    private final Object ctl = new Object();
    private final Machine machine;
    private final ControlOptions options;
    private final SiteRegistry sites;
    private final Consumer<Finding> sink;
    private final PrintStream err;
    private final ThreadLocal<Controlled> local = new ThreadLocal<>();
    private final List<Controlled> byTid = new ArrayList<>();
    private final List<Controlled> live = new ArrayList<>();
    private final Map<Thread, Controlled> starting = new IdentityHashMap<>();
    // in the order held (not identity-hashed: the order they are let go in is in the schedule file)
    private final Map<Controlled, String> heldAt = new LinkedHashMap<>(); // confirming: held-back threads and their sites
    private final Map<Controlled, Long> heldSince = new LinkedHashMap<>(); // confirming: the model's step when each was held
    private final RaceSteering raceSteering; // confirming a race, or null
    private final CycleGate gate; // confirming a lock-order cycle whose first requests are known, or null
    private final WeakIdentityMap<Long> objectIds = new WeakIdentityMap<>();
    private final Map<Long, LockName> lockNames = new HashMap<>();
    private final Map<Integer, Integer> siteChecks = new HashMap<>();
    /** How many threads waiting in calls on a sync object were released and have not come back yet. */
    private final Map<Object, Integer> released = new IdentityHashMap<>();
    private final ArrayDeque<TimelineEntry> timeline = new ArrayDeque<>();
    private final DeadlockReport deadlocks;
    private final ReadWriteLocks readWriteLocks = new ReadWriteLocks();
    private final boolean tryLockPoints; // false when replaying a schedule recorded before tryLock() was a point
    private final boolean stampLocks; // false when replaying a schedule recorded before a stamp request was a lock request
    private final boolean tryCallPoints; // false when replaying a schedule recorded before an untimed stamp or permit try was a point
    private long nextObjectId;
    /** The model's lock of each class a thread of the model began to initialize: the JVM's initialization lock. */
    private final Map<String, Long> classInitLocks = new HashMap<>();
    /** The thread of the model that runs the static initializer of each class initialization lock, while it runs. */
    private final Map<Long, Controlled> initializers = new HashMap<>();
    private boolean timelineTruncated;
    private String notReplayable;
    private boolean divergenceSaid;
    private long lastStep = System.nanoTime();
    private volatile boolean stopped;
    private volatile Runnable uncontrolled = () -> { };

    /**
     * @param options how to schedule
     * @param sites   resolves site ids
     * @param fields  resolves field ids
     * @param sink    receives the findings of the model (deadlock, starvation), never under weft's locks
     * @param err     where one-line notices go (the seed, a divergence)
     */
    public Controller(ControlOptions options, SiteRegistry sites, FieldRegistry fields, Consumer<Finding> sink,
                      PrintStream err) {
        this.options = options;
        this.sites = sites;
        this.sink = sink;
        this.err = err;
        this.machine = options.replay() != null ? Machine.replaying(options.replay()) : new Machine(options.parameters());
        this.deadlocks = new DeadlockReport(sites);
        this.machine.canProceed(this::canProceed);
        this.machine.timeoutHolds(tid -> byTid.get(tid).timeoutHolds);
        RaceFinding race = options.confirmation() == null ? null : options.confirmation().race();
        // odd seeds let the race's earlier access go first, as it was seen; even seeds the other one
        this.raceSteering = race == null ? null : new RaceSteering(race, options.parameters().seed() % 2 != 0,
                s -> sites.site(s).toString(), fields::name, machine::steps, Machine.STARVATION_BOUND);
        this.gate = options.replay() != null ? null : CycleGate.of(options.confirmation());
        this.tryLockPoints = options.replay() == null || options.replay().tryLockPoints();
        this.stampLocks = options.replay() == null || options.replay().stampLocks();
        this.tryCallPoints = options.replay() == null || options.replay().tryCallPoints();
    }

    /**
     * Runs {@code then} when the model gives up because its threads are blocked outside it (the run goes on
     * uncontrolled): they may be deadlocked where the model does not see, on monitors of the JDK's own code.
     */
    public void whenUncontrolled(Runnable then) {
        uncontrolled = then;
    }

    /** Starts the watchdog thread, and prints the seed when it was drawn at random. */
    public void start() {
        Parameters p = options.parameters();
        if (!options.seedGiven() && !p.strategy().equals("round-robin")) { // else the options fix the run
            err.println("weft: controlled run: cpus=" + p.cpus() + ", policy=" + p.policy().label() + ", quantum="
                + p.quantum() + ", strategy=" + p.strategy() + ", seed=" + p.seed() + ", depth=" + p.depth()
                    + " (a fresh seed: give seed=" + p.seed() + " to run this schedule again)");
        }
        Thread watchdog = new Thread(this::watch, "weft-control");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /**
     * After an internal error: lets every thread go (the hooks then disable weft with a warning).
     *
     * @return {@code e}, to throw
     */
    private RuntimeException failed(Throwable e) {
        stop();
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }

    /**
     * Lets every thread go and stops controlling: at exit (where a replay that did not use up its schedule
     * is said to have diverged), or after an internal error.
     */
    public void stop() {
        synchronized (ctl) {
            if (!stopped && machine.ended() != null && !divergenceSaid) {
                divergenceSaid = true;
                err.println("weft: " + machine.divergence());
            }
            letAllGo();
        }
    }

    /**
     * Stops controlling and wakes every parked thread; a timed call waiting in the JVM without a timeout of its
     * own (the model's) times out now. Called with {@code ctl} held.
     */
    private void letAllGo() {
        stopped = true;
        for (Controlled c : live) {
            if (c.call != null && c.call.timed()) {
                c.timedOutByStop = true;
                c.thread.interrupt();
            }
        }
        byTid.forEach(Controller::wake);
    }

    /** Wakes {@code c} if it is parked in {@link #awaitTurn}. Called with {@code ctl} held (ctl, then c). */
    private static void wake(Controlled c) {
        synchronized (c) {
            c.notifyAll();
        }
    }

    /** The names of the threads of the model that are still alive (at the end of a schedule: those that outlive it). */
    public List<String> threadsAlive() {
        synchronized (ctl) {
            return byTid.stream().filter(c -> c.thread.isAlive()).map(c -> c.thread.getName()).toList();
        }
    }

    // ---- class initialization ----------------------------------------------------------------

    /**
     * A thread of the model begins a static initializer: it takes the class's initialization lock, as the JVM does,
     * so that a thread of the model that uses the class meanwhile waits for it in the model ({@link #awaitedClassInit}).
     * Not a scheduling point.
     */
    @Override
    public void classInitStarted(int site) {
        synchronized (ctl) {
            Controlled me = starting.containsKey(Thread.currentThread()) ? controlled() : local.get(); // before its first point too
            if (!stopped && me != null) {
                String className = sites.site(site).className();
                long lock = classInitLocks.computeIfAbsent(className, name -> {
                    long id = nextObjectId++;
                    lockNames.put(id, new LockName("the initialization of class " + name, name, 0, "class-initialization"));
                    return id;
                });
                initializers.put(lock, me);
                machine.acquired(me.tid, lock, site);
            }
        }
    }

    @Override
    public void classInitEnded(int site) {
        synchronized (ctl) {
            Controlled me = local.get();
            Long lock = classInitLocks.get(sites.site(site).className());
            if (!stopped && me != null && lock != null && initializers.get(lock) == me) {
                initializers.remove(lock);
                machine.released(me.tid, lock);
            }
        }
    }

    /**
     * The initialization lock of the class that {@code c}, running, waits for in the JVM, or {@code null}: it stayed
     * RUNNABLE in the program's code (the JVM's wait for another thread's class initialization; I/O would be in a
     * native method) for {@code 10 * OFF_CPU_MILLIS} with less than a tenth of {@link #OFF_CPU_MILLIS} of CPU time
     * since it was first seen away, while exactly one other thread of the model, stopped at a point, runs a static
     * initializer: it cannot go on until that thread is chosen. Called with {@code ctl} held.
     */
    private Long awaitedClassInit(Controlled c, Thread.State state, long now) {
        if (state != Thread.State.RUNNABLE || initializers.isEmpty() || now - c.since <= 10 * OFF_CPU_MILLIS * 1_000_000) {
            return null;
        }
        StackTraceElement[] stack = c.thread.getStackTrace();
        long cpu = cpuTime(c.thread);
        if (stack.length == 0 || stack[0].isNativeMethod() || !programs(stack[0]) || cpu < 0 || c.cpuMark < 0
                || cpu - c.cpuMark >= OFF_CPU_MILLIS * 100_000) {
            return null;
        }
        List<Long> others = initializers.entrySet().stream()
                .filter(e -> e.getValue() != c && !e.getValue().detached && !machine.inFlight(e.getValue().tid))
                .map(Map.Entry::getKey).toList();
        return others.size() == 1 ? others.get(0) : null;
    }

    /**
     * {@code c} waits in the JVM for the class initialization {@code lock}: it arrives in the model as a request of
     * that lock at its innermost frame, so that the model sees a deadlock through it, or chooses it once the
     * initializer let the lock go. Called with {@code ctl} held.
     */
    private void waitsForClassInit(Controlled c, long lock) {
        StackTraceElement frame = c.thread.getStackTrace()[0];
        int site = sites.register(frame.getClassName(), frame.getMethodName(), frame.getFileName(), frame.getLineNumber());
        machine.arrive(c.tid, new Op(OpKind.MONITOR_ENTER, lock, false, site, check(site)));
        c.go = false;
        c.awaitsClassInit = true;
    }

    /**
     * At its first point after it waited for a class initialization in the JVM, {@code me} waits until the model
     * chooses it (the JVM may let it go on before). Called with {@code ctl} held.
     */
    private void awaitChoiceAfterClassInit(Controlled me) {
        boolean interrupted = false;
        while (!me.go && !stopped) {
            try {
                ctl.wait(POLL_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true; // the program's interrupt: kept for it to see
            }
        }
        me.awaitsClassInit = false;
        me.resumed = true;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- scheduling points -------------------------------------------------------------------

    @Override
    public void monitorEnterRequested(Object monitor, int site) {
        point(OpKind.MONITOR_ENTER, monitor, "monitor", false, site);
    }

    @Override
    public void monitorEntered(Object monitor, int site) {
        acquired(monitor, "monitor", site);
    }

    @Override
    public void monitorExiting(Object monitor, int site) {
        released(monitor);
    }

    @Override
    public void lockRequested(Object lock, int site, boolean timed) {
        if (readWriteLocks.stampedLockOf(lock) instanceof StampedLock stamped) {
            // a view's lock is its StampedLock's readLock or writeLock, not reentrant
            BooleanSupplier free = lock == stamped.asReadLock() ? () -> !stamped.isWriteLocked()
                    : () -> !stamped.isWriteLocked() && !stamped.isReadLocked();
            stampRequest(lock, free, timed, timed, site); // a timed tryLock gives up as a lock's does
            return;
        }
        // both halves of a read-write lock are one lock of the model, taken shared or exclusive
        boolean read = ReadWriteLocks.isReadHalf(lock);
        point(read ? OpKind.READ_LOCK : OpKind.LOCK, readWriteLocks.owner(lock), kindOf(lock), timed, site);
    }

    /**
     * A point before {@code tryLock()}, so that another thread may take the lock first and the try fail (two
     * philosophers each holding one fork, trying the other's in turn). A StampedLock's view is tried on the
     * StampedLock, whose state is its own (see {@link #lockRequested}).
     */
    @Override
    public void lockTrying(Object lock, int site) {
        if (!tryLockPoints) {
            return;
        }
        Object stamped = readWriteLocks.stampedLockOf(lock);
        if (stamped != null) {
            point(OpKind.TRY_LOCK, stamped, "stamped-lock", false, site);
        } else {
            point(OpKind.TRY_LOCK, readWriteLocks.owner(lock), kindOf(lock), false, site);
        }
    }

    /**
     * A point before an untimed try of a {@code StampedLock} or a {@code Semaphore}, a {@link OpKind#TRY_LOCK} of it: a
     * stamp or permits taken are recorded after it ({@link #stampAcquired}), as a {@code tryLock()}'s lock is.
     */
    @Override
    public void callTrying(Object sync, int site) {
        if (tryCallPoints) {
            point(OpKind.TRY_LOCK, sync, syncKind(sync), false, site);
        }
    }

    @Override
    public void lockAcquired(Object lock, int site) {
        if (readWriteLocks.stampedLockOf(lock) instanceof StampedLock stamped) {
            stampAcquired(stamped, lock != stamped.asReadLock(), site);
            return;
        }
        if (ReadWriteLocks.isReadHalf(lock)) {
            synchronized (ctl) {
                Controlled me = local.get();
                if (!stopped && me != null) {
                    machine.acquiredShared(me.tid, id(readWriteLocks.owner(lock), "read-write-lock"), site);
                }
            }
        } else {
            acquired(readWriteLocks.owner(lock), kindOf(lock), site);
        }
    }

    @Override
    public void lockReleasing(Object lock, int site) {
        if (readWriteLocks.stampedLockOf(lock) instanceof StampedLock stamped) {
            stampReleasing(stamped, lock != stamped.asReadLock(), site);
            return;
        }
        if (ReadWriteLocks.isReadHalf(lock)) {
            synchronized (ctl) {
                Controlled me = local.get();
                Long id = objectIds.get(readWriteLocks.owner(lock));
                if (!stopped && me != null && id != null) {
                    machine.releasedShared(me.tid, id);
                }
            }
        } else {
            released(readWriteLocks.owner(lock));
        }
    }

    /**
     * Before a request of a {@code StampedLock}'s stamp, made as a request of its read or write {@code view}: a point of
     * the model, a {@link OpKind#READ_LOCK} or a {@link OpKind#LOCK} of the {@code StampedLock} (a {@link OpKind#BLOCK} in
     * replays of schedules made before), enabled when {@code free} says the lock would grant it
     * ({@link Machine#stampedLock}).
     *
     * @return the thread's state once chosen, or {@code null} when it is not under control
     */
    private Controlled stampRequest(Object view, BooleanSupplier free, boolean timed, boolean timeoutHolds, int site) {
        StampedLock stamped = (StampedLock) readWriteLocks.stampedLockOf(view);
        OpKind kind = !stampLocks ? OpKind.BLOCK : view == stamped.asReadLock() ? OpKind.READ_LOCK : OpKind.LOCK;
        return blockInModel(kind, stamped, "stamped-lock", free, timed, timeoutHolds, site);
    }

    /** The thread took a write stamp ({@code write}) or a read stamp of {@code lock}, a {@code StampedLock}. */
    @Override
    public void stampAcquired(Object lock, boolean write, int site) {
        synchronized (ctl) {
            Controlled me = local.get();
            if (!stopped && me != null) {
                long id = id(lock, "stamped-lock");
                if (write) {
                    machine.acquired(me.tid, id, site);
                } else {
                    machine.acquiredShared(me.tid, id, site);
                }
            }
        }
    }

    /** The thread gives up a stamp of {@code lock}, which may be another thread's (a stamp is not its thread's). */
    @Override
    public void stampReleasing(Object lock, boolean write, int site) {
        synchronized (ctl) {
            Controlled me = local.get();
            Long id = objectIds.get(lock);
            if (!stopped && id != null) {
                machine.releasedStamp(me == null ? -1 : me.tid, id, write);
            }
        }
    }

    private static String kindOf(Object lock) {
        return ReadWriteLocks.isHalf(lock) ? "read-write-lock" : "lock";
    }

    @Override
    public void threadStarting(Thread thread, int site) {
        point(OpKind.START, null, null, false, site);
        threadMade(thread, site);
    }

    @Override
    public void threadMade(Thread thread, int site) {
        synchronized (ctl) {
            // the maker joins first: a pool may make threads before the maker's first point
            Controlled maker = stopped ? null : controlled();
            if (maker == null) {
                return;
            }
            Controlled child = new Controlled(machine.create(nameInModel(thread), thread.isDaemon()), thread);
            child.maker = maker;
            byTid.add(child);
            live.add(child);
            starting.put(thread, child);
        }
    }

    @Override
    public void joinRequested(Thread thread, int site, boolean timed) {
        Controlled target;
        synchronized (ctl) {
            target = byTid.stream().filter(c -> c.thread == thread).findFirst().orElse(null);
        }
        pointOn(OpKind.JOIN, target == null ? -1 : target.tid, timed, site);
    }

    @Override
    public void fieldRead(Object owner, int field, int site) {
        access(OpKind.READ, owner, field, false, site);
    }

    @Override
    public void fieldWritten(Object owner, int field, int site) {
        access(OpKind.WRITE, owner, field, false, site);
    }

    /** The point of a volatile read, before its load; {@code volatileRead}, after it, is none. */
    @Override
    public void volatileReading(Object owner, int field, int site) {
        pointOn(OpKind.READ, variable(owner, field), false, site);
    }

    @Override
    public void atomicAccess(Object atomic, boolean write, int site) {
        pointOn(write ? OpKind.WRITE : OpKind.READ, variable(atomic, 0), false, site);
    }

    @Override
    public void volatileWriting(Object owner, int field, int site) {
        pointOn(OpKind.WRITE, variable(owner, field), false, site);
    }

    @Override
    public void arrayRead(Object array, int index, int site) {
        access(OpKind.READ, array, index, true, site);
    }

    @Override
    public void arrayWritten(Object array, int index, int site) {
        access(OpKind.WRITE, array, index, true, site);
    }

    /** A plain memory access: a scheduling point, and for a run steered toward a race, where it may be held. */
    private void access(OpKind kind, Object owner, int key, boolean element, int site) {
        pointOn(kind, variable(owner, key), false, site, raceSteering == null ? null : new RaceSteering.Variable(owner, key, element));
    }

    /**
     * The target of a memory access's {@link Op}: a number for the field {@code key} of {@code owner} (a static one
     * when {@code owner} is {@code null}), the element {@code key} of an array, or an atomic. Two variables may share
     * one (identity hashes collide): a strategy that looks for conflicts then sees one more, no schedule changes.
     */
    private static long variable(Object owner, int key) {
        return ((long) System.identityHashCode(owner) << 32 | (key & 0xffffffffL)) & Long.MAX_VALUE;
    }

    @Override
    public boolean waitsInstead(Object monitor, long millis, int site) throws InterruptedException {
        // monitor.wait(..) releases the monitor; the model, not the JVM's notify, says when to go
        return waitInModel(monitor, monitor, millis > 0, true, site, () -> monitor.wait(POLL_MILLIS)) != null;
    }

    @Override
    public Boolean awaitsInstead(Object condition, Object lock, boolean timed, boolean interruptible, int site)
            throws InterruptedException {
        Condition jvmCondition = (Condition) condition;
        return waitInModel(condition, lock, timed, interruptible, site,
                () -> jvmCondition.await(POLL_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Override
    public void signalling(Object condition, Object lock, boolean all, int site) {
        synchronized (ctl) {
            Controlled me = local.get();
            if (!stopped && me != null) {
                machine.notified(me.tid, conditionId(condition, lock), all);
            }
        }
    }

    /** A wait, in the JVM, that releases the lock and takes it back, and that may end at any time. */
    private interface JvmWait {
        void await() throws InterruptedException;
    }

    /**
     * A {@code wait} on {@code waitSet} (a monitor, or a condition of {@code lock}) decided by the model: the
     * thread waits in the JVM through {@code jvmWait}, which releases the lock, until the model chooses it.
     *
     * @return {@code null} when the thread is not under control; else whether it was notified (false: a timed
     *         wait timed out)
     */
    private Boolean waitInModel(Object waitSet, Object lock, boolean timed, boolean interruptible, int site,
                                JvmWait jvmWait) throws InterruptedException {
        List<Finding> found = new ArrayList<>();
        Controlled me;
        synchronized (ctl) {
            me = stopped ? null : controlled();
            if (me == null) {
                return null;
            }
            try {
                long target = waitSet == lock ? id(lock, "monitor") : conditionId(waitSet, lock);
                Op op = new Op(OpKind.WAIT, target, timed, site, check(site));
                machine.arrive(me.tid, op);
                arrived(me, op, found);
            } catch (RuntimeException | Error e) {
                throw failed(e);
            }
        }
        report(found);
        boolean interrupted = false;
        while (!me.go && !stopped) {
            try {
                jvmWait.await();
            } catch (InterruptedException e) {
                if (!interrupted) {
                    interrupted = true;
                    if (interruptible) {
                        synchronized (ctl) {
                            machine.interrupted(me.tid);
                            notReplayable("thread \"" + me.thread.getName() + "\" was interrupted while it waited");
                            decide(found);
                        }
                        report(found);
                    }
                }
            }
        }
        me.resumed = true;
        if (interrupted && interruptible) {
            throw new InterruptedException();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (ctl) {
            return stopped || machine.wasNotified(me.tid);
        }
    }

    /** The model's id of {@code condition}, a condition of {@code lock}. Called with {@code ctl} held. */
    private long conditionId(Object condition, Object lock) {
        long id = id(condition, "condition");
        machine.condition(id, id(readWriteLocks.owner(lock), kindOf(lock)));
        return id;
    }

    @Override
    public boolean sleepsInstead(long millis, int site) {
        pointOn(OpKind.YIELD, -1, false, site);
        return local.get() != null; // a sleep is a yield of the CPU: controlled runs do not depend on the clock
    }

    @Override
    public boolean schedules() {
        return true;
    }

    @Override
    public boolean timedOut() {
        synchronized (ctl) {
            Controlled me = local.get();
            return me != null && (stopped ? me.timedOutByStop : machine.timedOut(me.tid));
        }
    }

    /** A {@code StampedLock}'s stamp request is made on its read or write view ({@code BlockingCalls}). */
    @Override
    public boolean blockingCall(Object sync, BooleanSupplier canProceed, boolean timed, int site) {
        Controlled me = readWriteLocks.stampedLockOf(sync) != null ? stampRequest(sync, canProceed, timed, false, site)
                : blockInModel(OpKind.BLOCK, sync, syncKind(sync), canProceed, timed, false, site);
        return me != null && timed && !canProceed.getAsBoolean(); // chosen while it cannot proceed: timed out
    }

    @Override
    public void readsClock(String why, int site) {
        synchronized (ctl) {
            if (!stopped && local.get() != null) {
                notReplayable(why + " at " + sites.site(site));
            }
        }
    }

    @Override
    public boolean timedCall(Object sync, BooleanSupplier canProceed, int site) {
        Controlled me = readWriteLocks.stampedLockOf(sync) != null ? stampRequest(sync, canProceed, true, true, site)
                : blockInModel(OpKind.BLOCK, sync, syncKind(sync), canProceed, true, true, site);
        if (me == null) {
            return false;
        }
        synchronized (ctl) {
            return machine.timedOut(me.tid) || !canProceed.getAsBoolean();
        }
    }

    @Override
    public boolean parksInstead(boolean timed, int site) {
        Controlled me;
        synchronized (ctl) {
            // a thread the application started may park before any other point: that park is its first
            me = stopped ? null : starting.containsKey(Thread.currentThread()) ? controlled() : local.get();
        }
        if (me == null) {
            return false;
        }
        Controlled parker = me;
        me = blockInModel(OpKind.BLOCK, me.thread, "thread", () -> parker.permit, timed, false, site);
        synchronized (ctl) {
            if (me == null || stopped) {
                return false;
            }
            me.permit = false; // a park chosen without a permit timed out (or returned spuriously, as parks may)
            return true;
        }
    }

    @Override
    public void interrupting(Thread thread, int site) {
        synchronized (ctl) {
            for (Controlled c : live) {
                if (c.thread == thread) {
                    c.interruptPending = true;
                }
            }
        }
    }

    @Override
    public void releasing(Object sync, int site) {
        if (sync instanceof Thread thread) { // unpark or interrupt: the thread's park permit
            synchronized (ctl) {
                for (Controlled c : live) {
                    if (c.thread == thread) {
                        c.permit = true;
                    }
                }
            }
        }
    }

    /**
     * A scheduling point before a blocking call on {@code sync} (a {@link OpKind#BLOCK}, or a stamp request): the thread
     * is blocked in the model until {@code canProceed} (or, when timed, until the model chooses it anyway).
     *
     * @param timeoutHolds whether a timeout the model chooses holds even if the call could proceed by then
     *
     * @return the thread's state once chosen, or {@code null} when it is not under control
     */
    private Controlled blockInModel(OpKind opKind, Object sync, String kind, BooleanSupplier canProceed, boolean timed,
                                    boolean timeoutHolds, int site) {
        List<Finding> found = new ArrayList<>();
        Controlled me;
        synchronized (ctl) {
            me = stopped ? null : controlled();
            if (me == null) {
                return null;
            }
            try {
                me.canProceed = canProceed;
                me.timeoutHolds = timeoutHolds;
                Op op = new Op(opKind, id(sync, kind), timed, site, check(site));
                machine.arrive(me.tid, op);
                arrived(me, op, found);
            } catch (RuntimeException | Error e) {
                throw failed(e);
            }
        }
        report(found);
        awaitTurn(me);
        synchronized (ctl) {
            me.interruptPending = false; // the call goes on, and meets the interrupt awaitTurn kept
        }
        return stopped ? null : me;
    }

    /** Asked by the model, with {@code ctl} held: whether thread {@code tid}, at a blocking call, can go on. */
    private boolean canProceed(int tid) {
        Controlled c = byTid.get(tid);
        try {
            return c.canProceed == null || c.interruptPending || c.thread.isInterrupted() || c.canProceed.getAsBoolean();
        } catch (RuntimeException e) {
            return true; // let the JVM make the call: the run stays safe
        }
    }

    private static String syncKind(Object sync) {
        return sync instanceof java.util.concurrent.CountDownLatch ? "latch"
                : sync instanceof java.util.concurrent.Semaphore ? "semaphore"
                : sync instanceof java.util.concurrent.CyclicBarrier ? "barrier"
                : sync instanceof java.util.concurrent.Phaser ? "phaser"
                : sync instanceof java.util.concurrent.Exchanger ? "exchanger"
                : sync instanceof java.util.concurrent.Future ? "future"
                : sync instanceof java.util.concurrent.ExecutorService ? "executor"
                : sync instanceof StampedLock ? "stamped-lock" : "queue";
    }

    /**
     * Before a call that may wait in the JVM for another thread's call on {@code sync}: a point; once chosen,
     * the call either releases threads waiting in such calls (they must come back to their points before
     * another decision: {@link #waitingCallEnded}) or may wait itself: when the watchdog sees it waiting in
     * the JVM it is blocked in the model ({@link #blockedInCall}) until a call releases it.
     */
    @Override
    public boolean waitingCall(Object sync, int side, IntBinaryOperator releases, boolean timed, int site) {
        Controlled me = blockInModel(OpKind.BLOCK, sync, syncKind(sync), null, false, false, site);
        if (me == null) {
            return false;
        }
        synchronized (ctl) {
            int alike = side < 0 ? 0 : side;
            int same = 0;
            int other = 0;
            for (Controlled c : live) {
                if (c.inCall && c.call.sync() == sync) {
                    if (c.call.side() == alike) {
                        same++;
                    } else {
                        other++;
                    }
                }
            }
            int count = releases.applyAsInt(same, other);
            if (count > 0) {
                released.merge(sync, count, Integer::sum);
            }
            me.call = count > 0 || side < 0 ? null : new WaitingCall(sync, side, timed, site);
            return timed && me.call != null && !stopped; // its timeout is the model's: see timeOutCall
        }
    }

    @Override
    public void waitingCallEnded(Object sync, int site) {
        List<Finding> found = new ArrayList<>();
        Controlled me;
        synchronized (ctl) {
            me = local.get();
            if (stopped && me != null && me.timedOutByStop) {
                me.timedOutByStop = false;
                Thread.interrupted(); // the stop's interrupt, when the call returned before it saw it
            }
            if (stopped || me == null) {
                return;
            }
            boolean waited = me.inCall && me.call.sync() == sync;
            if (me.call != null && me.call.sync() == sync) {
                me.call = null;
                me.inCall = false;
            }
            if (!waited) {
                collect(me, sync);
                return;
            }
            me.canProceed = null; // back: its point (the call's site) can be chosen
            Integer expected = released.remove(sync);
            if (machine.timedOut(me.tid)) { // timed out by the model (its clock or a timeout choice) and interrupted for it
                Thread.interrupted(); // the model's interrupt, when the call returned before it saw it
                if (expected != null) {
                    released.put(sync, expected);
                    collect(me, sync); // the parties of a barrier its timeout broke
                }
            } else if (expected == null) {
                notReplayable("thread \"" + me.thread.getName() + "\" came back from its call at " + sites.site(site)
                        + " by itself (a timeout, an interrupt, or a thread outside the model)");
            } else if (expected > 1) {
                released.put(sync, expected - 1);
            }
            ctl.notifyAll();
            decide(found);
        }
        report(found);
        awaitTurn(me);
    }

    /**
     * After a call on {@code sync} that released threads waiting in calls on it: waits (with {@code ctl}
     * held, released while waiting) until they are back at their points, so that the model sees them there
     * at its next decision, whatever the JVM's timing.
     */
    private void collect(Controlled me, Object sync) {
        long deadline = System.nanoTime() + STALL_MILLIS * 1_000_000;
        boolean interrupted = false;
        me.collecting = true;
        while (released.containsKey(sync) && !stopped && System.nanoTime() < deadline) {
            try {
                ctl.wait(POLL_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        me.collecting = false;
        if (released.remove(sync) != null) {
            notReplayable("threads released by \"" + me.thread.getName() + "\" did not come back from their calls");
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The model ended {@code c}'s timed call (by its clock, or by a timeout choice), in which it waits in the JVM:
     * it is interrupted (its call then returns or throws as timed out, see {@link #timedOut()}). A barrier's
     * timeout breaks it and releases the other parties, which must come back before the next decision. Called
     * with {@code ctl} held.
     */
    private void timeOutCall(Controlled c) {
        Object sync = c.call.sync();
        if (sync instanceof java.util.concurrent.CyclicBarrier) {
            int parties = (int) live.stream().filter(o -> o != c && o.inCall && o.call.sync() == sync).count();
            if (parties > 0) {
                released.merge(sync, parties, Integer::sum);
            }
        }
        c.thread.interrupt();
    }

    /** The watchdog saw {@code c} waiting in the JVM in its call: it is blocked in the model until released. */
    private void blockedInCall(Controlled c) {
        c.inCall = true;
        c.canProceed = NOT_RELEASED;
        c.go = false;
        Op op = new Op(OpKind.BLOCK, id(c.call.sync(), syncKind(c.call.sync())), c.call.timed(), c.call.site(),
                check(c.call.site()));
        machine.arrive(c.tid, op);
    }

    @Override
    public void yielding(int site) {
        pointOn(OpKind.YIELD, -1, false, site);
    }

    @Override
    public void notifying(Object monitor, int site, boolean all) {
        synchronized (ctl) {
            Controlled me = local.get();
            if (!stopped && me != null) {
                machine.notified(me.tid, id(monitor, "monitor"), all);
            }
        }
    }

    private void pointOn(OpKind kind, long target, boolean timed, int site) {
        pointOn(kind, target, timed, site, null);
    }

    /** A scheduling point; {@code variable} is what a plain memory access accesses, or {@code null}. */
    private void pointOn(OpKind kind, long target, boolean timed, int site, RaceSteering.Variable variable) {
        List<Finding> found = new ArrayList<>();
        Controlled me;
        synchronized (ctl) {
            me = stopped ? null : controlled();
            if (me == null) {
                return;
            }
            try {
                Op op = new Op(kind, target, timed, site, check(site));
                machine.arrive(me.tid, op);
                arrived(me, op, variable, found);
            } catch (RuntimeException | Error e) {
                throw failed(e);
            }
        }
        report(found);
        awaitTurn(me);
    }

    private void point(OpKind kind, Object target, String lockKind, boolean timed, int site) {
        long id;
        synchronized (ctl) {
            id = target == null ? -1 : id(target, lockKind);
        }
        pointOn(kind, id, timed, site);
    }

    private void arrived(Controlled me, Op op, List<Finding> found) {
        arrived(me, op, null, found);
    }

    private void arrived(Controlled me, Op op, RaceSteering.Variable variable, List<Finding> found) {
        me.go = false;
        me.detached = false;
        if (raceSteering != null && variable != null) {
            raceSteering.arrived(me.tid, op.site(), op.kind() == OpKind.WRITE, variable, machine::holdBack);
        } else if (raceSteering != null) {
            raceSteering.arrived(me.tid, machine::holdBack);
        } else if (options.confirmation() != null || options.holdNested()) {
            steer(me, op);
        }
        decide(found);
    }

    /**
     * Confirming a predicted deadlock: holds back a thread that, holding a lock, is about to take another
     * at the second site of an edge of the cycle, until a thread stands at every edge's site; then lets
     * them all go. When the prediction says which request of each edge's thread took its first lock, each is
     * first held before that request until all stand there ({@link CycleGate}). With {@code hold=nested} and no
     * prediction: holds back every thread about to take a lock while holding another, so that the others take
     * their first locks meanwhile. A thread held while the others took {@link Machine#STARVATION_BOUND} steps is let
     * go too: one of them may be spinning until it moves (the cycle cannot close then, and the run would never end).
     */
    private void steer(Controlled me, Op op) {
        List<String> positions = options.confirmation() == null ? null : options.confirmation().secondSites();
        Map<Long, Integer> held = machine.held(me.tid);
        boolean request = op.kind() == OpKind.MONITOR_ENTER
                || (op.kind() == OpKind.LOCK || op.kind() == OpKind.READ_LOCK) && !op.timed();
        boolean gated = gate != null && gate.arrive(me.tid, me.thread.getName(), request, sites.site(op.site()).toString());
        boolean nested = (op.kind() == OpKind.MONITOR_ENTER || op.kind() == OpKind.LOCK) && !held.isEmpty()
                && !held.containsKey(op.target());
        boolean atEdge = !gated && (gate == null || gate.isOpen()) && nested
                && (positions == null || positions.contains(sites.site(op.site()).toString()));
        machine.holdBack(me.tid, gated || atEdge);
        heldAt.remove(me);
        heldSince.remove(me);
        if (gated) {
            heldSince.put(me, machine.steps());
        } else if (atEdge) {
            heldAt.put(me, sites.site(op.site()).toString());
            heldSince.put(me, machine.steps());
            if (positions != null && heldAt.size() >= positions.size() && heldAt.values().containsAll(positions)) {
                letGo(heldAt.keySet());
            }
        }
        if (gate != null) {
            letGo(gate.opened().stream().map(byTid::get).toList());
        }
        List<Controlled> tooLong = heldSince.entrySet().stream()
                .filter(since -> machine.steps() - since.getValue() >= Machine.STARVATION_BOUND).map(Map.Entry::getKey).toList();
        letGo(tooLong);
    }

    private void letGo(Collection<Controlled> held) {
        for (Controlled c : List.copyOf(held)) {
            machine.holdBack(c.tid, false);
            heldAt.remove(c);
            heldSince.remove(c);
        }
    }

    /** Parks the calling thread on its own monitor until the model chooses it (or control stops). */
    private void awaitTurn(Controlled me) {
        boolean interrupted = false;
        synchronized (me) {
            while (!me.go && !stopped) {
                try {
                    me.wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the program's interrupt: kept for it to see
                }
            }
        }
        me.resumed = true;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void acquired(Object lock, String kind, int site) {
        synchronized (ctl) {
            Controlled me = local.get();
            if (!stopped && me != null) {
                machine.acquired(me.tid, id(lock, kind), site);
            }
        }
    }

    private void released(Object lock) {
        synchronized (ctl) {
            Controlled me = local.get();
            Long id = objectIds.get(lock);
            if (!stopped && me != null && id != null) {
                machine.released(me.tid, id);
            }
        }
    }

    /**
     * {@code thread}'s name in the model and its timeline: its own, or for an unnamed one (a virtual thread's default)
     * {@code unnamed thread N}, N the index the model gives it next, which a replay gives it again (its JVM id would
     * differ). Called with {@code ctl} held.
     */
    private String nameInModel(Thread thread) {
        return thread.getName().isEmpty() ? "unnamed thread " + machine.threadCount() : thread.getName();
    }

    /** The calling thread's state, joining the model if it is new. Called with {@code ctl} held. */
    private Controlled controlled() {
        Controlled me = local.get();
        if (me != null) {
            if (me.awaitsClassInit) {
                awaitChoiceAfterClassInit(me);
            }
            return me;
        }
        Thread thread = Thread.currentThread();
        me = starting.remove(thread);
        if (me != null && me.awaitsClassInit) {
            awaitChoiceAfterClassInit(me); // it waited before its first point
        }
        if (me == null) {
            if (machine.threadCount() > 0) {
                notReplayable("thread \"" + thread.getName() + "\", not started by the application's code, joined the run");
            }
            me = new Controlled(machine.create(nameInModel(thread), thread.isDaemon()), thread);
            byTid.add(me);
            live.add(me);
        }
        local.set(me);
        return me;
    }

    /**
     * True when thread {@code c}, made but not started, will not be started by its maker: the maker came back
     * to a point (or left the model) since, and the thread is still new a while after it was made. A maker
     * still between making it and its next point may yet start it, however long it takes on a busy machine.
     */
    private boolean neverStarted(Controlled c, long now) {
        boolean makerWentOn = c.maker == null || c.maker.detached || !machine.inFlight(c.maker.tid);
        return makerWentOn && now - c.since > OFF_CPU_MILLIS * 1_000_000;
    }

    /** Lets the model decide when no thread is in flight. Called with {@code ctl} held. */
    private void decide(List<Finding> found) {
        if (stopped || machine.inFlight()) {
            return;
        }
        Decision decision = machine.decide();
        if (machine.divergence() != null && !divergenceSaid) {
            divergenceSaid = true;
            err.println("weft: " + machine.divergence());
        }
        if (decision instanceof Decision.Run run) {
            if (run.starvation() != null) {
                found.add(starvation(run.starvation()));
            }
            Controlled chosen = byTid.get(run.step().tid());
            if (chosen.inCall) {
                timeOutCall(chosen);
            }
            chosen.resumed = false;
            chosen.blockedSince = -1;
            chosen.since = System.nanoTime();
            chosen.cpuMark = -1;
            lastStep = chosen.since;
            chosen.go = true;
            remember(run.step(), chosen);
            wake(chosen);
        } else if (decision instanceof Decision.Deadlock deadlock) {
            found.add(deadlocks.of(deadlock, machine, tid -> byTid.get(tid).thread, lockNames::get, schedulePath(),
                    options.confirmation() == null ? null : options.confirmation().findingId()));
        }
    }

    private void report(List<Finding> found) {
        for (Finding finding : found) {
            sink.accept(finding); // a deadlock halts the JVM here, after the report and the schedule are written
        }
        found.clear();
    }

    // ---- the watchdog --------------------------------------------------------------------------

    private void watch() {
        List<Finding> found = new ArrayList<>();
        try {
            while (!stopped) {
                synchronized (ctl) {
                    ctl.wait(POLL_MILLIS);
                    if (look()) {
                        decide(found);
                    }
                }
                report(found);
            }
        } catch (InterruptedException e) {
            stop();
        } catch (RuntimeException | Error e) {
            stop();
            err.println("weft: internal error, the controlled run goes on uncontrolled: " + e);
        }
    }

    /** Notices threads that ended or stay away from points; true when something changed. */
    private boolean look() {
        boolean changed = false;
        long now = System.nanoTime();
        if (!machine.inFlight() && now - lastStep > STALL_MILLIS * 1_000_000) {
            List<String> away = live.stream().filter(c -> c.detached).map(c -> "\"" + c.thread.getName() + "\"").toList();
            if (!away.isEmpty()) {
                notReplayable("the model was stuck for " + STALL_MILLIS + " ms");
                err.println("weft: every thread of the model is blocked and " + String.join(", ", away)
                        + " blocked outside it for " + STALL_MILLIS + " ms: the run goes on uncontrolled");
                letAllGo();
                uncontrolled.run();
                return false;
            }
        }
        for (int i = live.size() - 1; i >= 0; i--) {
            Controlled c = live.get(i);
            if (!c.detached && !machine.inFlight(c.tid)) {
                continue;
            }
            Thread.State state = c.thread.getState();
            if (state == Thread.State.TERMINATED || state == Thread.State.NEW && neverStarted(c, now)) {
                machine.end(c.tid);
                starting.remove(c.thread);
                live.remove(i);
                changed = true;
            } else if (c.call != null && !c.inCall && !c.detached
                    && (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)) {
                blockedInCall(c);
                changed = true;
            } else if (!c.detached && !c.collecting && state != Thread.State.NEW
                    && (now - c.since > OFF_CPU_MILLIS * 1_000_000 && !busyLoading(c, now) && spinning(c, now)
                        || blockedInJvm(c, state, now))) {
                Long classInit = awaitedClassInit(c, state, now);
                if (classInit != null) {
                    waitsForClassInit(c, classInit);
                    changed = true;
                    continue;
                }
                if (exiting(c.thread)) {
                    stop(); // System.exit: the JVM runs its shutdown hooks (weft's among them); nothing more to schedule
                    return false;
                }
                c.detached = true;
                machine.detach(c.tid);
                if (notReplayable == null) {
                    notReplayable("thread \"" + c.thread.getName() + "\" was " + state + " outside the model in "
                            + where(c.thread) + " (I/O, a blocking call weft does not model, or more than "
                            + OFF_CPU_MILLIS + " ms without a scheduling point)");
                }
                changed = true;
            }
        }
        return changed;
    }

    /** The innermost frame of {@code thread}, and the innermost one of the program's code if it is another. */
    private static String where(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        if (stack.length == 0) {
            return "?";
        }
        for (StackTraceElement frame : stack) {
            if (programs(frame)) {
                return frame == stack[0] ? frame.toString() : stack[0] + ", called from " + frame;
            }
        }
        return stack[0].toString();
    }

    private static boolean programs(StackTraceElement frame) {
        return !jdks(frame) && !frame.getClassName().startsWith("dev.weft.");
    }

    /**
     * True when {@code c}, running for {@link #OFF_CPU_MILLIS} without a scheduling point, then used that much
     * CPU time more (it computes or spins: a busy machine alone does not make it look so), or stayed away ten
     * times as long (e.g. in I/O). Its CPU time is measured from the first time it is seen running that long.
     */
    private static boolean spinning(Controlled c, long now) {
        long cpu = cpuTime(c.thread);
        if (c.cpuMark < 0 || cpu < 0) {
            c.cpuMark = Math.max(cpu, 0);
            c.since = now - OFF_CPU_MILLIS * 1_000_000; // still away that long when it is looked at next
            return cpu < 0;
        }
        return cpu - c.cpuMark > OFF_CPU_MILLIS * 1_000_000 || now - c.since > 10 * OFF_CPU_MILLIS * 1_000_000;
    }

    /** True when {@code thread} called {@code System.exit} (it runs or waits for the shutdown hooks). */
    private static boolean exiting(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().equals("java.lang.Shutdown")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code c}, running long without a scheduling point, is loading, linking or initializing classes,
     * or in weft's own work (instrumenting a class, writing the report): finite work that may take long on a busy
     * machine, not a wait for another thread; it keeps its CPU, and its time starts again.
     */
    private static boolean busyLoading(Controlled c, long now) {
        StackTraceElement[] stack = c.thread.getStackTrace();
        boolean loading = false;
        for (int i = 0; i < stack.length && !loading; i++) {
            loading = stack[i].getMethodName().equals("<clinit>");
        }
        for (int i = 0; i < stack.length && !loading && !programs(stack[i]); i++) {
            String name = stack[i].getClassName();
            loading = WEFTS_OWN_WORK.stream().anyMatch(name::startsWith) || name.equals("java.lang.ClassLoader")
                    || name.equals("java.lang.invoke.MethodHandleNatives");
        }
        if (loading) {
            c.since = now;
            c.cpuMark = -1;
        }
        return loading;
    }

    /** True when {@code c}, running, has been blocked in the JVM for {@link #BLOCKED_MILLIS}. */
    private static boolean blockedInJvm(Controlled c, Thread.State state, long now) {
        // BLOCKED only on a monitor of the JDK's own code: the program's monitors are the model's, and a running
        // thread is BLOCKED mostly on entering weft's own monitor at its next point, which takes long only on a
        // busy machine
        boolean blocked = c.resumed && (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                || state == Thread.State.BLOCKED && enteringJdkMonitor(c.thread));
        if (!blocked) {
            c.blockedSince = -1;
            return false;
        }
        if (c.blockedSince < 0) {
            c.blockedSince = now;
        }
        return now - c.blockedSince > BLOCKED_MILLIS * 1_000_000;
    }

    /**
     * True when {@code thread}, BLOCKED, waits to enter a monitor in the JDK's own code, which the model does not
     * know (a {@code ConcurrentHashMap}'s bin, held by a thread the model parked inside the map's {@code compute}
     * function): the innermost frame is the JDK's (not a monitor taken back after {@code Object.wait}), and the
     * first frame outside the JDK is the program's or a hook around its call, not weft's own work.
     */
    private static boolean enteringJdkMonitor(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        if (stack.length == 0 || !jdks(stack[0]) || stack[0].getClassName().equals("java.lang.Object")) {
            return false;
        }
        for (StackTraceElement frame : stack) {
            if (!jdks(frame)) {
                return WEFTS_OWN_WORK.stream().noneMatch(frame.getClassName()::startsWith);
            }
        }
        return false;
    }

    private static boolean jdks(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }

    // ---- what the report and the schedule file say -------------------------------------------

    private void notReplayable(String why) {
        if (notReplayable == null) {
            notReplayable = why;
            err.println("weft: this controlled run is not exactly replayable: " + why);
        }
    }

    /** The model's id of {@code object}, named as a {@code kind} the first time (a {@code StampedLock} is one to the model). */
    private long id(Object object, String kind) {
        WeakIdentityMap.Entry<Long> entry = objectIds.entry(object, () -> nextObjectId++);
        long id = entry.value;
        if (!lockNames.containsKey(id)) {
            if (kind.equals("stamped-lock")) {
                machine.stampedLock(id);
            }
            String className = object.getClass().getName();
            int hash = System.identityHashCode(object);
            if (kind.equals("read-write-lock")) {
                className = "java.util.concurrent.locks.ReentrantReadWriteLock";
            }
            String name = object instanceof Class<?> type ? type.getName() + ".class"
                    : className + "@" + Integer.toHexString(hash);
            lockNames.put(id, new LockName(name, className, hash, kind));
        }
        return id;
    }

    private int check(int site) {
        return siteChecks.computeIfAbsent(site, s -> sites.site(s).toString().hashCode());
    }

    private void remember(Step step, Controlled thread) {
        if (timeline.size() == Report.TIMELINE_CAP) {
            timeline.removeFirst();
            timelineTruncated = true;
        }
        timeline.addLast(new TimelineEntry(step.step(), machine.name(step.tid()), thread.thread.getId(), step.cpu(),
                step.slice(), step.op().kind().label(), sites.site(step.op().site()).toString(),
                step.timedOut() == null ? null : step.timedOut().label()));
    }

    private Finding starvation(Decision.Starvation starvation) {
        List<String> starved = starvation.starved().stream().map(machine::name).toList();
        Site site = sites.site(starvation.op().site());
        return StarvationFinding.of(machine.name(starvation.spinner()), starved, site, Machine.STARVATION_BOUND,
                schedulePath());
    }

    private String schedulePath() {
        return options.schedule() == null ? null : options.schedule().toString();
    }

    /** The report with this run's {@code control} and {@code timeline}. */
    public Report describe(Report report) {
        synchronized (ctl) {
            Parameters p = options.parameters();
            ControlRun run = new ControlRun(p.cpus(), p.policy().label(), p.quantum(), p.strategy(), p.seed(), p.depth(),
                    schedulePath(), machine.steps(), notReplayable == null, machine.divergence() != null,
                    options.replayFile() == null ? null : options.replayFile().toString(), options.confirm());
            Report described = report.withControl(run, List.copyOf(timeline), timelineTruncated);
            return raceSteering != null && raceSteering.met() ? confirmsRace(described) : described;
        }
    }

    /** A run steered toward a race whose accesses met: the race, if detected, says it confirms the prediction. */
    private Report confirmsRace(Report report) {
        String id = options.confirmation().findingId();
        for (Finding finding : report.findings()) {
            if (finding instanceof RaceFinding race && race.id().equals(id)) {
                return report.replacing(race.confirming(id, schedulePath()));
            }
        }
        return report;
    }

    /** Writes the schedule file, if the options ask for one. */
    public void writeSchedule() {
        if (options.schedule() == null) {
            return;
        }
        Schedule schedule;
        synchronized (ctl) {
            schedule = machine.schedule(notReplayable == null);
        }
        try {
            ScheduleFile.write(schedule, options.schedule());
        } catch (IOException | RuntimeException e) {
            err.println("weft: cannot write the schedule " + options.schedule() + ": " + e);
        }
    }
}
