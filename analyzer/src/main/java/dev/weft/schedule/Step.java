package dev.weft.schedule;

/**
 * One step of a controlled run: the thread chosen to perform its pending operation and run to its next
 * scheduling point.
 *
 * @param step  the step's number, from 0
 * @param tid   the thread's index
 * @param cpu   the CPU it runs on
 * @param slice the number of its time slice (a new one each time a CPU takes a thread)
 * @param op       the operation it performs
 * @param timedOut how the operation, a timed wait, ended without what it waited for: {@link TimedOut#EARLY}
 *                 when another thread could still go on (the strategy chose the timeout), {@link TimedOut#CLOCK}
 *                 when none could (the model's clock advanced); {@code null} when it did not time out
 */
public record Step(long step, int tid, int cpu, long slice, Op op, TimedOut timedOut) {

    /** How a timed wait ended without what it waited for. */
    public enum TimedOut {
        /** Before what it waited for could come: another thread could still go on (a choice of the schedule). */
        EARLY,
        /** When no other thread could go on: the model's clock advanced to the timeout. */
        CLOCK;

        /** As the report says it: {@code early}, {@code clock}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
