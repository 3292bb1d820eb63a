package dev.weft.runtime;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * The hand-offs of {@code sun.misc.Unsafe} calls in application code, through which lock-free libraries (JCTools,
 * Netty's copy of it, Agrona...) publish objects: a {@code volatile} or ordered access or an atomic update
 * ({@code getObjectVolatile}, {@code putOrderedObject}, {@code compareAndSwapLong}...) of an object at an offset.
 * The offset names a field when an instrumented {@code objectFieldOffset(field)} call of a {@code volatile} field
 * gave it ({@link #offsetMade}): the call is then a {@code volatile} write of that field before it and a read
 * after, as for a field updater, so that it is ordered with the field's plain Java accesses too ({@code next} read
 * directly after {@code putOrderedObject(node, NEXT, n)}). Otherwise (an array element, a field whose offset
 * weft did not see made) the object itself is released before and acquired after: conservative, as two elements
 * or fields of one object are one sync object.
 */
public final class UnsafeFields {

    /** The {@code volatile} instance fields of a class whose offsets an instrumented call made, by offset. */
    private static final ClassValue<Offsets> OFFSETS = new ClassValue<>() {
        @Override
        protected Offsets computeValue(Class<?> type) {
            return new Offsets();
        }
    };

    private UnsafeFields() { }

    /**
     * After an instrumented {@code unsafe.objectFieldOffset(field)} returned {@code offset}: records it when the field
     * is a {@code volatile} instance field whose accesses weft checks.
     *
     * @param field  the field
     * @param offset its offset
     */
    public static void offsetMade(Field field, long offset) {
        try {
            int modifiers = field.getModifiers();
            if (Modifier.isVolatile(modifiers) && !Modifier.isStatic(modifiers)) {
                int id = FieldHandles.reflectedId(field);
                if (id >= 0) {
                    OFFSETS.get(field.getDeclaringClass()).add(offset, id);
                }
            }
        } catch (RuntimeException | LinkageError ignored) {
            // the call's result is the program's, recorded or not
        }
    }

    /** Before a call on {@code object} at {@code offset}: a volatile write of its field there, else a release of it. */
    public static void releasing(Object object, long offset, int site) {
        int field = fieldAt(object, offset);
        if (field >= 0) {
            Weft.volatileWrite(object, field, site);
        } else {
            Weft.releasing(object, site);
        }
    }

    /** After a call on {@code object} at {@code offset}: a volatile read of its field there, else an acquire of it. */
    public static void acquired(Object object, long offset, int site) {
        int field = fieldAt(object, offset);
        if (field >= 0) {
            Weft.volatileRead(object, field, site);
        } else {
            Weft.acquired(object, site);
        }
    }

    /** The id of the recorded field of {@code object} at {@code offset}, or -1 (none recorded, an array, {@code null}). */
    private static int fieldAt(Object object, long offset) {
        if (object == null || object.getClass().isArray()) {
            return -1;
        }
        for (Class<?> c = object.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            int field = OFFSETS.get(c).idAt(offset);
            if (field >= 0) {
                return field;
            }
        }
        return -1;
    }

    /** Offsets and field ids of one class, a few, appended as their offsets are made. */
    private static final class Offsets {
        private volatile long[] offsets = new long[0];
        private volatile int[] ids = new int[0];

        synchronized void add(long offset, int id) {
            if (idAt(offset) < 0) {
                int n = offsets.length;
                int[] moreIds = Arrays.copyOf(ids, n + 1);
                moreIds[n] = id;
                long[] moreOffsets = Arrays.copyOf(offsets, n + 1);
                moreOffsets[n] = offset;
                ids = moreIds; // before the offsets, which a reader reads first
                offsets = moreOffsets;
            }
        }

        int idAt(long offset) {
            long[] known = offsets;
            for (int i = 0; i < known.length; i++) {
                if (known[i] == offset) {
                    return ids[i];
                }
            }
            return -1;
        }
    }
}
