package dev.weft.trace;

/** The thread ended the static initializer it began last ({@link ClassInitStarted}). */
public record ClassInitEnded(long tid) implements Event { }
