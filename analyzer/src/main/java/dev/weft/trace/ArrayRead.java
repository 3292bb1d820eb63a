package dev.weft.trace;

/**
 * A thread read an element of an array.
 *
 * @param obj   the array's id
 * @param index the element's index
 */
public record ArrayRead(long tid, long obj, int index, int site) implements Event { }
