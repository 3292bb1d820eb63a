package dev.weft.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic program for the model, with no threads and no agent: each thread is a script of
 * scheduling points and of the non-blocking actions (releases, notifies) between them. {@link #run}
 * drives a {@link Machine} the way the agent does and returns the steps it took.
 */
final class SyntheticProgram {

    private sealed interface Action permits Point, Release, Notify { }

    private record Point(Op op) implements Action { }

    private record Release(long lock) implements Action { }

    private record Notify(long monitor, boolean all) implements Action { }

    /** One thread's script. */
    static final class Script {
        private final List<Action> actions = new ArrayList<>();

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

        Script lock(long lock, int site) {
            actions.add(new Point(new Op(OpKind.MONITOR_ENTER, lock, false, site, site)));
            return this;
        }

        Script unlock(long lock) {
            actions.add(new Release(lock));
            return this;
        }

        Script await(long monitor, int site) {
            actions.add(new Point(new Op(OpKind.WAIT, monitor, false, site, site)));
            return this;
        }

        Script notifyOne(long monitor) {
            actions.add(new Notify(monitor, false));
            return this;
        }

        Script join(int tid, int site) {
            actions.add(new Point(new Op(OpKind.JOIN, tid, false, site, site)));
            return this;
        }
    }

    private final List<Script> scripts = new ArrayList<>();

    /** Adds a thread (index in the order added) and returns its script. */
    Script thread() {
        Script script = new Script();
        scripts.add(script);
        return script;
    }

    /** What a run gave: the steps, and how it ended. */
    record Outcome(List<Step> steps, Decision end, List<Decision.Starvation> starvations) {
        List<Integer> threads() {
            return steps.stream().map(Step::tid).toList();
        }
    }

    /** Runs every thread from its first point to its end (or a deadlock) on {@code machine}. */
    Outcome run(Machine machine) {
        int[] next = new int[scripts.size()];
        for (int tid = 0; tid < scripts.size(); tid++) {
            machine.create("t" + tid, false);
            advance(machine, tid, next);
        }
        List<Step> steps = new ArrayList<>();
        List<Decision.Starvation> starvations = new ArrayList<>();
        while (true) {
            Decision decision = machine.decide();
            if (!(decision instanceof Decision.Run run)) {
                return new Outcome(steps, decision, starvations);
            }
            if (run.starvation() != null) {
                starvations.add(run.starvation());
            }
            Step step = run.step();
            steps.add(step);
            Op op = step.op();
            if (op.kind() == OpKind.MONITOR_ENTER || op.kind() == OpKind.LOCK) {
                machine.acquired(step.tid(), op.target(), op.site());
            }
            advance(machine, step.tid(), next);
            if (steps.size() > 1_000_000) {
                throw new AssertionError("runaway program");
            }
        }
    }

    /** Performs the thread's actions up to its next point, which it reaches; or ends it. */
    private void advance(Machine machine, int tid, int[] next) {
        List<Action> actions = scripts.get(tid).actions;
        while (next[tid] < actions.size()) {
            Action action = actions.get(next[tid]++);
            if (action instanceof Point point) {
                machine.arrive(tid, point.op());
                return;
            }
            if (action instanceof Release release) {
                machine.released(tid, release.lock());
            } else if (action instanceof Notify notify) {
                machine.notified(tid, notify.monitor(), notify.all());
            }
        }
        machine.end(tid);
    }
}
