package dev.weft.schedule;

import java.util.List;

/** What the model decided when asked which thread runs next. */
public sealed interface Decision {

    /** Nothing to decide now: a thread is still running or starting, or none is left. */
    record Nothing() implements Decision { }

    /**
     * A thread runs one step.
     *
     * @param step       the step
     * @param starvation a starvation the model saw before this step, or {@code null}
     */
    record Run(Step step, Starvation starvation) implements Decision { }

    /**
     * No thread can run and some, not all of them daemons, are blocked for good.
     *
     * @param blocked the blocked threads, by index
     */
    record Deadlock(List<Blocked> blocked) implements Decision {
        public Deadlock {
            blocked = List.copyOf(blocked);
        }
    }

    /**
     * A thread that cannot go on.
     *
     * @param tid   its index
     * @param op    what it waits to do
     * @param owner the index of the thread holding what it waits for, or -1
     */
    record Blocked(int tid, Op op, int owner) { }

    /**
     * Under the cooperative policy, a thread that kept its CPU, only reading memory and taking locks (spinning), for
     * {@link Machine#STARVATION_BOUND} steps while others were ready.
     *
     * @param spinner the spinning thread
     * @param starved the ready threads that got no CPU
     * @param op      what the spinner was doing
     */
    record Starvation(int spinner, List<Integer> starved, Op op) implements Decision {
        public Starvation {
            starved = List.copyOf(starved);
        }
    }
}
