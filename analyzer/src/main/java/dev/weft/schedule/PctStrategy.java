package dev.weft.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Probabilistic Concurrency Testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010): every
 * thread gets a random priority of at least {@code depth} when it is created; the highest-priority option
 * always wins; at {@code depth - 1} distinct choices drawn at random from the first {@code steps}, the
 * thread chosen there drops, once it has taken its step, to a priority below all initial ones (the i-th
 * change point drawn to {@code depth - 1 - i}). A bug of depth d is then found with probability at least
 * 1/(n k^(d-1)) for n threads and k choices.
 *
 * <p>The run's length k counts only <em>choices</em>, the model's decisions with more than one option, as
 * Fray's PCT scheduler does (the JVM's concurrency tester, {@code cmu-pasta/fray}): a change point at a step where one thread alone could
 * run would change nothing, and in short runs most steps are such (the main thread before it starts
 * others, a thread whose partners are blocked), so counting them would waste most change points.
 *
 * <p>A variant counts only some choices ({@link ChangePoints}: those whose winner stands at a site it has not run
 * before), and draws its change points among them.
 *
 * <p>A thread chosen over others {@link Machine#STARVATION_BOUND} times in a row (one that spins, waiting for a
 * thread of lower priority, or never ends: a daemon's loop) also drops below all others, so that a run of a
 * program that ends under a fair scheduler ends under PCT too.
 *
 * <p>Whether a blocked timed wait times out early ({@link Choice#TIMEOUT}) is drawn as {@link RandomStrategy}
 * draws it, and is not a choice that counts toward k: a thread whose wait timed out early then runs by its
 * priority (a {@code tryLock} gives up even when the slow holder, of a higher priority, unlocked first).
 */
public final class PctStrategy implements Strategy {

    /** The number of choices change points are drawn from, when nothing better is known. */
    public static final int STEP_ESTIMATE = 1000;

    private final SplittableRandom random;
    private final TimeoutDraw timeouts;
    private final int depth;
    private final ChangePoints counted;
    private final List<Long> changePoints = new ArrayList<>();
    private final Map<Integer, Double> priorities = new HashMap<>();
    private long choices; // the counted ones
    private int lastPicked = -1;
    private int streak;

    /**
     * @param seed  the seed of the priorities and change points
     * @param depth the bug depth d (d - 1 change points, fewer when {@code steps} is smaller)
     * @param steps how many choices the change points are drawn from: the estimated length k of a run
     */
    public PctStrategy(long seed, int depth, int steps) {
        this(seed, depth, steps, ChangePoints.EVERY_CHOICE);
    }

    /**
     * @param seed    the seed of the priorities and change points
     * @param depth   the bug depth d
     * @param steps   the estimated length k of a run, in choices
     * @param counted which choices the change points fall on, and from how many of them they are drawn
     */
    public PctStrategy(long seed, int depth, int steps, ChangePoints counted) {
        this.random = new SplittableRandom(seed);
        this.timeouts = new TimeoutDraw(seed);
        this.depth = depth;
        this.counted = counted;
        int k = counted.window(Math.max(1, steps));
        while (changePoints.size() < Math.min(depth - 1, k)) {
            long point = 1 + (long) random.nextInt(k);
            if (!changePoints.contains(point)) {
                changePoints.add(point);
            }
        }
    }

    /** The counted choices (from 1) at which a priority changes, in the order they were drawn. */
    public List<Long> changePoints() {
        return List.copyOf(changePoints);
    }

    @Override
    public void threadCreated(int tid) {
        priorities.put(tid, depth + random.nextDouble());
    }

    /** The priority of thread {@code tid} now. */
    public double priority(int tid) {
        return priorities.getOrDefault(tid, 0.0);
    }

    @Override
    public int pick(Choice choice, List<Integer> options, Pending pending) {
        if (choice == Choice.TIMEOUT) {
            return timeouts.pick(options);
        }
        int best = highest(options);
        streak = best == lastPicked ? streak + 1 : 0;
        lastPicked = best;
        if (streak >= Machine.STARVATION_BOUND) { // it starves the others: below all of them
            priorities.put(best, priorities.values().stream().mapToDouble(Double::doubleValue).min().orElse(0) - 1);
            streak = 0;
            best = highest(options);
            lastPicked = best;
        }
        if (!counted.counts(best, pending)) {
            return best;
        }
        choices++;
        int i = changePoints.indexOf(choices);
        if (i >= 0) { // it takes this step, then yields to every thread of an initial priority
            priorities.put(best, (double) (depth - 1 - i));
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
