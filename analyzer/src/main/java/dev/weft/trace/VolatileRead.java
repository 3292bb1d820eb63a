package dev.weft.trace;

/**
 * A thread read a volatile field: it now sees what every earlier writer of the field did before writing.
 *
 * @param obj   the object's id; for a static field, 0
 * @param field the field's id
 */
public record VolatileRead(long tid, long obj, int field, int site) implements Event { }
