package dev.weft.schedule;

/** The kinds of choice a {@link Strategy} makes. */
public enum Choice {
    /** Which ready thread gets a free CPU (options in ready-queue order, the longest waiting first). */
    DISPATCH,
    /** Which thread on a CPU performs the next step (options in CPU order). */
    RUN,
    /** Which waiter a {@code notify} wakes (options in the order they began to wait). */
    NOTIFY,
    /**
     * Whether a timed wait that cannot go on times out now, before what it waits for comes: the options are
     * {@link Machine#NO_TIMEOUT} (it waits on) and the waiting thread.
     */
    TIMEOUT
}
