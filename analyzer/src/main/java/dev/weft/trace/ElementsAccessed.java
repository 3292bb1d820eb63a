package dev.weft.trace;

/**
 * A JDK call ({@code System.arraycopy}, {@code Arrays.fill}, a stream's {@code read(buffer)}...) read or wrote
 * elements {@code [from, to)} of an array. Checked as element accesses, but only for the elements accessed one by
 * one before (as the live detector does: a bulk call adds no state).
 *
 * @param obj the array's id
 */
public record ElementsAccessed(long tid, long obj, int from, int to, boolean write, int site) implements Event { }
