package dev.weft.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Partial-order sampling (Yuan, Yang, Gu, CAV 2018): each thread's pending operation gets a random priority when the
 * thread arrives at it, and the option whose operation has the highest priority wins. When the winner's operation
 * conflicts with another thread's pending one ({@link Pending#conflict}: the same lock, or the same variable with a
 * write), that one draws a new priority: the order of two conflicting steps is a fresh coin flip each time one of
 * them could go first, while steps that commute keep their order, so schedules that differ only there are not
 * sampled again and again as under {@link RandomStrategy}. Timeouts are drawn by a {@link TimeoutDraw}.
 */
public final class PosStrategy implements Strategy {

    private final SplittableRandom random;
    private final TimeoutDraw timeouts;
    /** The priority of each thread's pending operation; none yet for a thread that stepped since it was drawn. */
    private final Map<Integer, Double> priorities = new HashMap<>();
    private int threads;

    /** A strategy whose choices are fixed by {@code seed}. */
    public PosStrategy(long seed) {
        this.random = new SplittableRandom(seed);
        this.timeouts = new TimeoutDraw(seed);
    }

    @Override
    public void threadCreated(int tid) {
        threads = Math.max(threads, tid + 1);
    }

    @Override
    public void stepped(long step, int tid) {
        priorities.remove(tid); // at its next operation
    }

    @Override
    public int pick(Choice choice, List<Integer> options, Pending pending) {
        if (choice == Choice.TIMEOUT) {
            return timeouts.pick(options);
        }
        int best = options.get(0);
        for (int tid : options) {
            if (priority(tid) > priority(best)) {
                best = tid;
            }
        }
        for (int tid = 0; tid < threads; tid++) {
            if (tid != best && pending.conflict(best, tid)) {
                priorities.put(tid, random.nextDouble());
            }
        }
        return best;
    }

    private double priority(int tid) {
        return priorities.computeIfAbsent(tid, t -> random.nextDouble());
    }
}
