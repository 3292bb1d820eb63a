package dev.weft.runtime;

/**
 * Where a task that a pool's queue holds was submitted, for the report of a thread-pool deadlock: known when weft
 * wrapped the task at its submission (a run that detects races links {@code submit} and {@code execute} so).
 */
public final class SubmittedTasks {

    private SubmittedTasks() { }

    /** The site of the call that submitted {@code task} (weft's wrapper of it), or -1 when weft did not wrap it. */
    public static int siteOf(Object task) {
        return task instanceof HandedOffTask handedOff ? handedOff.site() : -1;
    }
}
