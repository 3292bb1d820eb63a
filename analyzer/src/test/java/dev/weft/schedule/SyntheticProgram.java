package dev.weft.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic program for the model, with no threads and no agent: each thread is a script of
 * scheduling points and of the non-blocking actions (releases, notifies, counts given to sync objects)
 * between them. Sync objects (a latch, a semaphore, a queue, a park permit) are counts of units: a
 * {@code take} blocks until there is one and consumes it, an {@code awaitZero} until there is none. {@link #run}
 * drives a {@link Machine} the way the agent does and returns the steps it took.
 */
final class SyntheticProgram {

    private sealed interface Action permits Point, Release, Retake, ReleaseShared, ReleaseStamp, Notify, Give { }

    private record Point(Op op) implements Action { }

    private record Release(long lock) implements Action { }

    private record Retake(long lock) implements Action { }

    private record ReleaseShared(long lock) implements Action { }

    private record ReleaseStamp(long lock, boolean write) implements Action { }

    private record Notify(long monitor, boolean all) implements Action { }

    private record Give(long object, int units) implements Action { }

    /** One thread's script. */
    static final class Script {
        private final List<Action> actions = new ArrayList<>();
        private final java.util.Map<Integer, Integer> starts = new java.util.HashMap<>();
        private boolean startedByAnother;

        Script read(int site) {
            actions.add(new Point(Op.of(OpKind.READ, site, site)));
            return this;
        }

        Script reads(int count, int site) {
            for (int i = 0; i < count; i++) {
                read(site);
            }
            return this;
        }

        Script write(int site) {
            actions.add(new Point(Op.of(OpKind.WRITE, site, site)));
            return this;
        }

        /** A read of {@code variable}, named in its {@link Op}'s target as the agent names a field of an object. */
        Script read(long variable, int site) {
            actions.add(new Point(new Op(OpKind.READ, variable, false, site, site)));
            return this;
        }

        /** A write of {@code variable} (see {@link #read(long, int)}). */
        Script write(long variable, int site) {
            actions.add(new Point(new Op(OpKind.WRITE, variable, false, site, site)));
            return this;
        }

        Script lock(long lock, int site) {
            actions.add(new Point(new Op(OpKind.MONITOR_ENTER, lock, false, site, site)));
            return this;
        }

        Script writeLock(long lock, int site) {
            actions.add(new Point(new Op(OpKind.LOCK, lock, false, site, site)));
            return this;
        }

        /** {@code tryLock(time, unit)}: it takes the lock, or times out (then it goes on without it). */
        Script tryLockTimed(long lock, int site) {
            actions.add(new Point(new Op(OpKind.LOCK, lock, true, site, site)));
            return this;
        }

        /** {@code tryLock()}: it takes the lock when no other thread holds it, and goes on without it otherwise. */
        Script tryLock(long lock, int site) {
            actions.add(new Point(new Op(OpKind.TRY_LOCK, lock, false, site, site)));
            return this;
        }

        Script readLock(long lock, int site) {
            actions.add(new Point(new Op(OpKind.READ_LOCK, lock, false, site, site)));
            return this;
        }

        Script readUnlock(long lock) {
            actions.add(new ReleaseShared(lock));
            return this;
        }

        /** A {@code StampedLock}'s {@code writeLock()} (see {@link SyntheticProgram#stamped}). */
        Script stampWrite(long lock, int site) {
            return writeLock(lock, site);
        }

        /** A {@code StampedLock}'s {@code readLock()}. */
        Script stampRead(long lock, int site) {
            return readLock(lock, site);
        }

        /** Gives up a write stamp ({@code write}) or a read stamp of {@code lock}, maybe one another thread took. */
        Script unlockStamp(long lock, boolean write) {
            actions.add(new ReleaseStamp(lock, write));
            return this;
        }

        Script unlock(long lock) {
            actions.add(new Release(lock));
            return this;
        }

        /**
         * A condition's await, as the agent reports it: one hold of {@code lock} released, the wait on
         * {@code condition} (see {@link Machine#condition}), the hold taken back.
         */
        Script awaitCondition(long condition, long lock, int site) {
            actions.add(new Release(lock));
            actions.add(new Point(new Op(OpKind.WAIT, condition, false, site, site)));
            actions.add(new Retake(lock));
            return this;
        }

        Script await(long monitor, int site) {
            actions.add(new Point(new Op(OpKind.WAIT, monitor, false, site, site)));
            return this;
        }

        /** A timed {@code wait}: it may end with no notify, at the strategy's choice. */
        Script awaitTimed(long monitor, int site) {
            actions.add(new Point(new Op(OpKind.WAIT, monitor, true, site, site)));
            return this;
        }

        Script notifyOne(long monitor) {
            actions.add(new Notify(monitor, false));
            return this;
        }

        Script notifyEvery(long monitor) {
            actions.add(new Notify(monitor, true));
            return this;
        }

        /** A blocking call that waits for a unit of {@code object} and consumes it (acquire, take, park). */
        Script take(long object, int site) {
            actions.add(new Point(new Op(OpKind.BLOCK, object, false, site, site)));
            return this;
        }

        /** The timed form of {@link #take}: it may time out, by the model's choice. */
        Script takeTimed(long object, int site) {
            actions.add(new Point(new Op(OpKind.BLOCK, object, true, site, site)));
            return this;
        }

        /** A blocking call that waits until {@code object} has no units left (a latch's await). */
        Script awaitZero(long object, int site) {
            actions.add(new Point(new Op(OpKind.BLOCK, object, false, site, -site)));
            return this;
        }

        /** Adds {@code units} to {@code object} (release, put, unpark; a latch's countDown is -1). */
        Script give(long object, int units) {
            actions.add(new Give(object, units));
            return this;
        }

        /**
         * Starts the thread of script {@code script} (one made with {@link #startedThread}): it joins the model
         * when this point is performed, as a thread the agent sees joins at its {@code start()}.
         */
        Script start(int script, int site) {
            actions.add(new Point(new Op(OpKind.START, -1, false, site, site)));
            starts.put(actions.size() - 1, script);
            return this;
        }

        Script join(int tid, int site) {
            actions.add(new Point(new Op(OpKind.JOIN, tid, false, site, site)));
            return this;
        }

        Script joinTimed(int tid, int site) {
            actions.add(new Point(new Op(OpKind.JOIN, tid, true, site, site)));
            return this;
        }
    }

    /** What a steered run does as each thread reaches a point (e.g. hold it back). */
    interface Steering {
        void arrived(Machine machine, int tid, Op op);
    }

    private final List<Script> scripts = new ArrayList<>();
    private Steering steering = (machine, tid, op) -> { };
    private final java.util.Map<Long, Integer> units = new java.util.HashMap<>();
    private final java.util.Set<Long> stampedLocks = new java.util.HashSet<>();
    private final java.util.Map<Integer, Op> pending = new java.util.HashMap<>();
    /** The script of each thread, by thread index. */
    private final List<Integer> scriptOf = new ArrayList<>();

    /**
     * Makes {@code lock} a {@code StampedLock} ({@link Machine#stampedLock}): its requests go on when the lock would grant
     * them, which here is told from the model's holds (a write stamp when no thread holds any, a read stamp when no
     * thread holds the write stamp), as the agent tells it from the lock itself.
     */
    SyntheticProgram stamped(long lock) {
        stampedLocks.add(lock);
        return this;
    }

    /** Sets how many units {@code object} starts with (a latch's count, a semaphore's permits). */
    SyntheticProgram units(long object, int count) {
        units.put(object, count);
        return this;
    }

    /** True when there are units of {@code object}. */
    int unitsOf(long object) {
        return units.getOrDefault(object, 0);
    }

    private boolean canProceed(Machine machine, int tid) {
        Op op = pending.get(tid);
        if (stampedLocks.contains(op.target()) && (op.kind() == OpKind.LOCK || op.kind() == OpKind.READ_LOCK)) {
            for (int holder = 0; holder < scriptOf.size(); holder++) {
                boolean holds = machine.held(holder).containsKey(op.target());
                if (holds && (op.kind() == OpKind.LOCK || !machine.holdsShared(holder, op.target()))) {
                    return false;
                }
            }
            return true;
        }
        boolean waitsForZero = op.check() < 0;
        return waitsForZero ? unitsOf(op.target()) <= 0 : unitsOf(op.target()) > 0;
    }

    /** Runs steered by {@code steer}, called after each thread reaches a point. */
    SyntheticProgram steeredBy(Steering steer) {
        this.steering = steer;
        return this;
    }

    /** Adds a thread (index in the order added) and returns its script. */
    Script thread() {
        Script script = new Script();
        scripts.add(script);
        return script;
    }

    /**
     * Adds a script that runs only once another thread's {@link Script#start} of it is performed; its thread
     * index is then the next one (threads are indexed in the order they join the model).
     */
    Script startedThread() {
        Script script = thread();
        script.startedByAnother = true;
        return script;
    }

    /** What a run gave: the steps, and how it ended. */
    record Outcome(List<Step> steps, Decision end, List<Decision.Starvation> starvations, List<Step> timedOut) {
        List<Integer> threads() {
            return steps.stream().map(Step::tid).toList();
        }
    }

    /** Runs every thread from its first point to its end (or a deadlock) on {@code machine}. */
    Outcome run(Machine machine) {
        int[] next = new int[scripts.size()];
        scriptOf.clear();
        machine.canProceed(tid -> canProceed(machine, tid));
        stampedLocks.forEach(machine::stampedLock);
        for (int s = 0; s < scripts.size(); s++) {
            if (!scripts.get(s).startedByAnother) {
                join(machine, s, next);
            }
        }
        List<Step> steps = new ArrayList<>();
        List<Decision.Starvation> starvations = new ArrayList<>();
        List<Step> timedOut = new ArrayList<>();
        while (true) {
            Decision decision = machine.decide();
            if (!(decision instanceof Decision.Run run)) {
                return new Outcome(steps, decision, starvations, timedOut);
            }
            if (run.starvation() != null) {
                starvations.add(run.starvation());
            }
            Step step = run.step();
            steps.add(step);
            Op op = step.op();
            if (machine.timedOut(step.tid())) {
                timedOut.add(step);
            } else if (op.kind() == OpKind.MONITOR_ENTER || op.kind() == OpKind.LOCK
                    || op.kind() == OpKind.TRY_LOCK && heldByNoOther(machine, step.tid(), op.target())) {
                machine.acquired(step.tid(), op.target(), op.site());
            } else if (op.kind() == OpKind.READ_LOCK) {
                machine.acquiredShared(step.tid(), op.target(), op.site());
            } else if (op.kind() == OpKind.BLOCK && op.check() > 0) {
                units.merge(op.target(), -1, Integer::sum);
            }
            Script script = scripts.get(scriptOf.get(step.tid()));
            Integer started = script.starts.get(next[scriptOf.get(step.tid())] - 1);
            advance(machine, step.tid(), next);
            if (op.kind() == OpKind.START && started != null) {
                join(machine, started, next);
            }
            if (steps.size() > 1_000_000) {
                throw new AssertionError("runaway program");
            }
        }
    }

    private boolean heldByNoOther(Machine machine, int tid, long lock) {
        for (int other = 0; other < scriptOf.size(); other++) {
            if (other != tid && machine.held(other).containsKey(lock)) {
                return false;
            }
        }
        return true;
    }

    /** The thread of script {@code script} joins the model and runs to its first point. */
    private void join(Machine machine, int script, int[] next) {
        int tid = machine.create("t" + script, false);
        scriptOf.add(script);
        advance(machine, tid, next);
    }

    /** Performs the thread's actions up to its next point, which it reaches; or ends it. */
    private void advance(Machine machine, int tid, int[] next) {
        int script = scriptOf.get(tid);
        List<Action> actions = scripts.get(script).actions;
        while (next[script] < actions.size()) {
            Action action = actions.get(next[script]++);
            if (action instanceof Point point) {
                pending.put(tid, point.op());
                machine.arrive(tid, point.op());
                steering.arrived(machine, tid, point.op());
                return;
            }
            if (action instanceof Release release) {
                machine.released(tid, release.lock());
            } else if (action instanceof Retake retake) {
                machine.acquired(tid, retake.lock(), 0);
            } else if (action instanceof ReleaseShared release) {
                machine.releasedShared(tid, release.lock());
            } else if (action instanceof ReleaseStamp release) {
                machine.releasedStamp(tid, release.lock(), release.write());
            } else if (action instanceof Notify notify) {
                machine.notified(tid, notify.monitor(), notify.all());
            } else if (action instanceof Give give) {
                units.merge(give.object(), give.units(), Integer::sum);
            }
        }
        machine.end(tid);
    }
}
