package dev.weft.trace;

/**
 * A thread wrote an element of an array.
 *
 * @param obj   the array's id
 * @param index the element's index
 */
public record ArrayWritten(long tid, long obj, int index, int site) implements Event { }
