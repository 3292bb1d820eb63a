package dev.weft.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Probabilistic Concurrency Testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010): every
 * thread gets a random priority of at least {@code depth} when it is created; the highest-priority option
 * always wins; at {@code depth - 1} steps drawn at random from the first {@code steps}, the thread that
 * runs drops to a priority below all initial ones (the i-th change point to {@code depth - 1 - i}).
 * A bug of depth d is then found with probability at least 1/(n k^(d-1)) for n threads and k steps.
 *
 * <p>A thread chosen over others {@link Machine#STARVATION_BOUND} times in a row (one that spins, waiting for a
 * thread of lower priority, or never ends: a daemon's loop) also drops below all others, so that a run of a
 * program that ends under a fair scheduler ends under PCT too.
 */
public final class PctStrategy implements Strategy {

    /** The number of steps change points are drawn from, when nothing better is known. */
    public static final int STEP_ESTIMATE = 1000;

    private final SplittableRandom random;
    private final int depth;
    private final List<Long> changePoints = new ArrayList<>();
    private final Map<Integer, Double> priorities = new HashMap<>();
    private int lastPicked = -1;
    private int streak;

    /**
     * @param seed  the seed of the priorities and change points
     * @param depth the bug depth d (d - 1 change points)
     * @param steps how many steps the change points are drawn from
     */
    public PctStrategy(long seed, int depth, int steps) {
        this.random = new SplittableRandom(seed);
        this.depth = depth;
        for (int i = 0; i < depth - 1; i++) {
            changePoints.add(1 + (long) random.nextInt(Math.max(1, steps)));
        }
    }

    /** The steps at which a priority changes, in the order they are applied. */
    public List<Long> changePoints() {
        return List.copyOf(changePoints);
    }

    @Override
    public void threadCreated(int tid) {
        priorities.put(tid, depth + random.nextDouble());
    }

    @Override
    public void stepped(long step, int tid) {
        int i = changePoints.indexOf(step);
        if (i >= 0) {
            priorities.put(tid, (double) (depth - 1 - i));
        }
    }

    /** The priority of thread {@code tid} now. */
    public double priority(int tid) {
        return priorities.getOrDefault(tid, 0.0);
    }

    @Override
    public int pick(Choice choice, List<Integer> options) {
        int best = highest(options);
        streak = best == lastPicked ? streak + 1 : 0;
        lastPicked = best;
        if (streak >= Machine.STARVATION_BOUND) { // it starves the others: below all of them
            priorities.put(best, priorities.values().stream().mapToDouble(Double::doubleValue).min().orElse(0) - 1);
            streak = 0;
            best = highest(options);
            lastPicked = best;
        }
        return best;
    }

    private int highest(List<Integer> options) {
        int best = options.get(0);
        for (int tid : options) {
            if (priority(tid) > priority(best)) {
                best = tid;
            }
        }
        return best;
    }
}
