package dev.weft.trace;

/** A thread's {@code monitor.wait(..)} returned or threw: it holds the monitor again, as often as before. */
public record WaitEnded(long tid, long lock, int site) implements Event { }
