package dev.weft.schedule;

import java.util.List;

/**
 * Makes the choices the scheduling model leaves open. Implementations are deterministic given their
 * seed, so that the same seed gives the same schedule.
 */
public interface Strategy {

    /** A thread joined the model, with index {@code tid} (indexes are handed out in creation order). */
    default void threadCreated(int tid) { }

    /** Thread {@code tid} was chosen for step {@code step}. */
    default void stepped(long step, int tid) { }

    /**
     * Picks one of {@code options} (thread indexes, at least two).
     *
     * @param pending what each option's thread is about to do
     * @return one of {@code options}
     */
    int pick(Choice choice, List<Integer> options, Pending pending);
}
