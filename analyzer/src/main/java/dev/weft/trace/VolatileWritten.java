package dev.weft.trace;

/**
 * A thread wrote a volatile field.
 *
 * @param obj   the object's id; for a static field, 0
 * @param field the field's id
 */
public record VolatileWritten(long tid, long obj, int field, int site) implements Event { }
