package dev.weft.runtime;

import java.util.Arrays;

/**
 * Where two ranges of arrays of the same primitive type first differ, found again after an {@code Arrays.compare} that
 * said only which is smaller ({@link ArrayCalls#COMPARED}): {@code Arrays.mismatch} of the JDK, which calls no code of
 * the program.
 */
final class PrimitiveMismatch {

    /** The answer for arrays of objects, or of two different types: the comparison called the program, or cannot be redone. */
    static final int UNKNOWN = Integer.MIN_VALUE;

    private PrimitiveMismatch() { }

    /**
     * The index, relative to the ranges' starts, of the first elements of {@code [aFrom, aTo)} of {@code a} and
     * {@code [bFrom, bTo)} of {@code b} that differ, the shorter range's length when one is a prefix of the other,
     * -1 when they are equal, {@link #UNKNOWN} when they are not arrays of one primitive type.
     */
    static int of(Object a, int aFrom, int aTo, Object b, int bFrom, int bTo) {
        if (a instanceof int[] x && b instanceof int[] y) {
            return Arrays.mismatch(x, aFrom, aTo, y, bFrom, bTo);
        } else if (a instanceof long[] x && b instanceof long[] y) {
            return Arrays.mismatch(x, aFrom, aTo, y, bFrom, bTo);
        } else if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.mismatch(x, aFrom, aTo, y, bFrom, bTo);
        } else if (a instanceof char[] x && b instanceof char[] y) {
            return Arrays.mismatch(x, aFrom, aTo, y, bFrom, bTo);
        } else if (a instanceof short[] x && b instanceof short[] y) {
            return Arrays.mismatch(x, aFrom, aTo, y, bFrom, bTo);
        } else if (a instanceof double[] x && b instanceof double[] y) {
            return Arrays.mismatch(x, aFrom, aTo, y, bFrom, bTo);
        } else if (a instanceof float[] x && b instanceof float[] y) {
            return Arrays.mismatch(x, aFrom, aTo, y, bFrom, bTo);
        } else if (a instanceof boolean[] x && b instanceof boolean[] y) {
            return Arrays.mismatch(x, aFrom, aTo, y, bFrom, bTo);
        }
        return UNKNOWN;
    }
}
