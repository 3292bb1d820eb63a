package dev.weft.trace;

/**
 * A thread called {@code monitor.wait(..)}: it released every hold of the monitor, and will take them
 * all back before the call returns.
 *
 * @param timed true for {@code wait(millis)}
 */
public record WaitBegan(long tid, long lock, int site, boolean timed) implements Event { }
