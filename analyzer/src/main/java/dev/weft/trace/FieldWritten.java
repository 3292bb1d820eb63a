package dev.weft.trace;

/**
 * A thread wrote a (non-volatile) field.
 *
 * @param obj   the object's id; for a static field, 0
 * @param field the field's id
 */
public record FieldWritten(long tid, long obj, int field, int site) implements Event { }
