package dev.weft.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Selectively uniform random walk (SURW: Zhao, Wolff, Mathur, Roychoudhury, "Selectively Uniform Concurrency Testing",
 * ASPLOS 2025), its interesting events a thread's first step at each of its sites ({@link Pending#atNewSite}): the
 * first round of a loop, the check before a {@code wait}, the write that stops a partner. A thread's weight is the
 * number of interesting events it has left: its learnt length (the distinct sites it ran in earlier runs,
 * {@link Parameters#lengths()}) less those it has run, at least 1. At a choice an option is drawn uniformly; when its
 * step is not interesting, it runs. When it is, it runs only if its thread is the intended one, drawn by weight (and
 * drawn anew after each interesting event); otherwise the thread is held back until the next interesting event, and
 * another option is drawn. The interesting events of the threads are so interleaved uniformly at random, whatever the
 * steps between them: a thread that reaches its stop check after a long warm-up waits there, as often as not, for the
 * partner to reach its stop, where a walk that picks uniformly at every step lets one thread run far ahead.
 *
 * <p>{@code surw-conflicts} also takes as interesting a step that conflicts with another option's pending step
 * ({@link Pending#conflict}: the same lock, or the same variable with a write), at any round of a loop: a bug that needs
 * a thread preempted at a repeated site (a worker's second look at a shutdown flag just before the owner sets it, a
 * spooler's second {@code take} against the office's second {@code submit}) is out of reach of first steps alone, as
 * a thread at a new site is then held back until its partner's next new site, past the window.
 *
 * <p>A thread about to start another also weighs the lengths of the threads not created yet (the parent carries its
 * children's weight in Zhao et al.'s walk). With no lengths (a search's first run) every thread weighs 1. Timeouts are
 * drawn by a {@link TimeoutDraw}.
 */
public final class SurwStrategy implements Strategy {

    private final SplittableRandom random;
    private final TimeoutDraw timeouts;
    private final List<Integer> lengths;
    private final boolean conflictsInteresting;
    private final Set<Integer> heldBack = new HashSet<>();
    private int intended = -1;
    private int created;

    /**
     * @param seed    the seed of the choices
     * @param lengths the interesting events (distinct sites) each thread, by index, is expected to run
     * @param conflictsInteresting whether a step that conflicts with another option's is interesting too ({@code surw-conflicts})
     */
    public SurwStrategy(long seed, List<Integer> lengths, boolean conflictsInteresting) {
        this.random = new SplittableRandom(seed);
        this.timeouts = new TimeoutDraw(seed);
        this.lengths = List.copyOf(lengths);
        this.conflictsInteresting = conflictsInteresting;
    }

    @Override
    public void threadCreated(int tid) {
        created = Math.max(created, tid + 1);
    }

    @Override
    public int pick(Choice choice, List<Integer> options, Pending pending) {
        if (choice == Choice.TIMEOUT) {
            return timeouts.pick(options);
        }
        while (true) {
            List<Integer> free = new ArrayList<>(options);
            free.removeAll(heldBack);
            if (free.isEmpty()) { // each option waits for an intended thread that cannot run now
                heldBack.clear();
                intended = -1;
                free = options;
            }
            int tid = free.get(random.nextInt(free.size()));
            if (!interesting(tid, options, pending)) {
                return tid;
            }
            if (intended < 0) {
                intended = byWeight(free, pending);
            }
            if (tid == intended) {
                heldBack.clear();
                intended = -1;
                return tid;
            }
            heldBack.add(tid);
        }
    }

    private boolean interesting(int tid, List<Integer> options, Pending pending) {
        if (pending.atNewSite(tid)) {
            return true;
        }
        if (conflictsInteresting) {
            for (int other : options) {
                if (other != tid && pending.conflict(tid, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One of {@code threads}, each with a probability proportional to its weight. */
    private int byWeight(List<Integer> threads, Pending pending) {
        long[] weights = new long[threads.size()];
        long total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight(threads.get(i), pending);
            total += weights[i];
        }
        long draw = random.nextLong(total);
        int i = 0;
        while (draw >= weights[i]) {
            draw -= weights[i++];
        }
        return threads.get(i);
    }

    /** The interesting events thread {@code tid} has left (at least 1), and those of the threads it may start. */
    private long weight(int tid, Pending pending) {
        int length = tid < lengths.size() ? lengths.get(tid) : 0;
        long weight = Math.max(1, length - pending.sitesRun(tid));
        Op op = pending.op(tid);
        if (op != null && op.kind() == OpKind.START) {
            for (int child = created; child < lengths.size(); child++) {
                weight += lengths.get(child);
            }
        }
        return weight;
    }
}
