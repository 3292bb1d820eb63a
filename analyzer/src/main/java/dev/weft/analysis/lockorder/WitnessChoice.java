package dev.weft.analysis.lockorder;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Picks one witness per edge of a lock-order cycle such that the cycle can really deadlock (iGoodlock,
 * Joshi et al., PLDI 2009): every two witnesses {@link Witness#canOverlap can overlap} (distinct threads,
 * unordered by start and join, and by the wake-ups unless those are not exact, no gate lock held by both), and each thread's request would wait for the
 * next thread's hold (not both shared, as two read locks of one read-write lock are).
 *
 * <p>A depth-first search over the witnesses in the order they were first seen, so the choice is
 * deterministic; its cost is at most the product of the edges' witness counts, which the graph's
 * {@link LockOrderGraph.Limits limits} bound.
 */
final class WitnessChoice {

    private final List<TakenBefore> cycle;
    private final boolean wakeUps;
    private final Witness[] chosen;

    private WitnessChoice(List<TakenBefore> cycle, boolean wakeUps) {
        this.cycle = cycle;
        this.wakeUps = wakeUps;
        this.chosen = new Witness[cycle.size()];
    }

    /**
     * The first witnesses, one per edge of {@code cycle} in order, that can deadlock together, if any.
     *
     * @param wakeUps whether the wake-ups order witnesses too (see {@link LockOrderGraph#wakeUpsOrder})
     */
    static Optional<List<Witness>> of(List<TakenBefore> cycle, boolean wakeUps) {
        WitnessChoice choice = new WitnessChoice(cycle, wakeUps);
        return choice.choose(0) ? Optional.of(Arrays.asList(choice.chosen)) : Optional.empty();
    }

    private boolean choose(int edge) {
        if (edge == chosen.length) {
            return waitsFor(chosen[edge - 1], chosen[0]);
        }
        for (Witness candidate : cycle.get(edge).witnesses()) {
            if (fits(candidate, edge)) {
                chosen[edge] = candidate;
                if (choose(edge + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean fits(Witness candidate, int edge) {
        if (edge > 0 && !waitsFor(chosen[edge - 1], candidate)) {
            return false;
        }
        for (int i = 0; i < edge; i++) {
            if (!chosen[i].canOverlap(candidate, wakeUps)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code asker}'s request would wait for {@code holder}'s hold of the same lock. */
    private static boolean waitsFor(Witness asker, Witness holder) {
        return !(asker.toShared() && holder.fromShared());
    }
}
