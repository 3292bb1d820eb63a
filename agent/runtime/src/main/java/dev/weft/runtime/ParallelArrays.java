package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * The parallel operations of {@code Arrays} in a controlled run, which the JDK does in tasks it forks into the
 * real common pool, out of the model's sight:
 * <ul>
 * <li>{@code parallelSetAll} (its four forms): the JDK sets the elements through a parallel stream over the
 * indices, whose {@code forEach} is the model's here ({@link ParallelStreams}), so the generator runs in the
 * model's threads, concurrently as in the JDK.</li>
 * <li>{@code parallelSort} of an array of objects, with or without a comparator: as the JDK, sorted in the calling
 * thread when it has no more than 8192 elements; else its parts sorted by tasks of the model (the comparator
 * runs concurrently in the model's threads, as in the JDK's), then merged in encounter order, stably: a stable
 * sort has one result, the JDK's.</li>
 * <li>{@code parallelSort} of an array of primitives, which runs no code of the program: sorted in the calling
 * thread (sorted primitives have one order).</li>
 * <li>{@code parallelPrefix} (each form): the JDK's algorithm, in its two passes (each part's total, then each
 * part's cumulation from the totals before it) as tasks of the model, the parts and the totals combined along
 * the JDK's tree of halves, so that even a floating-point function gives the JDK's result.</li>
 * </ul>
 * So the run stays replayable and the races of the program's functions are seen.
 */
final class ParallelArrays {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** {@code Arrays}' bound under which a sort of objects is done by the calling thread alone. */
    private static final int MIN_ARRAY_SORT_GRAN = 1 << 13;
    /** {@code ArrayPrefixHelpers}' smallest part of a prefix. */
    private static final int MIN_PARTITION = 16;

    private ParallelArrays() { }

    /**
     * The call that stands in for {@code call}, a static call of {@code Arrays} of type {@code type}, in a
     * controlled run: the model's {@code parallelSetAll}, {@code parallelSort} or {@code parallelPrefix}, or
     * {@code call} itself.
     */
    static MethodHandle inModel(String name, MethodType type, MethodHandle call, int site) {
        String implementation = switch (name) {
            case "parallelSetAll" -> "setAll";
            case "parallelSort" -> "sort";
            case "parallelPrefix" -> "prefix";
            default -> null;
        };
        if (implementation == null || type.parameterCount() < 1 || !type.parameterType(0).isArray()) {
            return call;
        }
        Class<?> array = type.parameterType(0);
        boolean primitive = array.getComponentType().isPrimitive();
        Class<?> erased = implementation.equals("sort") && primitive ? Object.class : primitive ? array : Object[].class;
        try {
            MethodHandle inModel = LOOKUP.findStatic(ParallelArrays.class, implementation,
                    type.changeParameterType(0, erased).appendParameterTypes(int.class));
            return MethodHandles.insertArguments(inModel, type.parameterCount(), site).asType(type);
        } catch (ReflectiveOperationException e) {
            return call;
        }
    }

    // ---- parallelSetAll ------------------------------------------------------------------------------------

    private static void setAll(Object[] array, IntFunction<?> generator, int site) {
        Objects.requireNonNull(generator);
        setAll(array.length, i -> array[i] = generator.apply(i), site);
    }

    private static void setAll(int[] array, IntUnaryOperator generator, int site) {
        Objects.requireNonNull(generator);
        setAll(array.length, i -> array[i] = generator.applyAsInt(i), site);
    }

    private static void setAll(long[] array, IntToLongFunction generator, int site) {
        Objects.requireNonNull(generator);
        setAll(array.length, i -> array[i] = generator.applyAsLong(i), site);
    }

    private static void setAll(double[] array, IntToDoubleFunction generator, int site) {
        Objects.requireNonNull(generator);
        setAll(array.length, i -> array[i] = generator.applyAsDouble(i), site);
    }

    private static void setAll(int length, IntConsumer set, int site) {
        ParallelStreams.forEach(IntStream.range(0, length).parallel(), set, site);
    }

    // ---- parallelSort --------------------------------------------------------------------------------------

    /** {@code parallelSort} of an array of primitives: {@code Arrays.sort}, whose checks are the same. */
    private static void sort(Object array, int site) {
        sort(array, 0, java.lang.reflect.Array.getLength(array), site);
    }

    private static void sort(Object array, int from, int to, int site) {
        if (array instanceof int[] a) {
            Arrays.sort(a, from, to);
        } else if (array instanceof long[] a) {
            Arrays.sort(a, from, to);
        } else if (array instanceof double[] a) {
            Arrays.sort(a, from, to);
        } else if (array instanceof float[] a) {
            Arrays.sort(a, from, to);
        } else if (array instanceof short[] a) {
            Arrays.sort(a, from, to);
        } else if (array instanceof char[] a) {
            Arrays.sort(a, from, to);
        } else {
            Arrays.sort((byte[]) array, from, to);
        }
    }

    private static void sort(Object[] array, int site) {
        sort(array, 0, array.length, null, site);
    }

    private static void sort(Object[] array, Comparator<Object> comparator, int site) {
        sort(array, 0, array.length, comparator, site);
    }

    private static void sort(Object[] array, int from, int to, int site) {
        sort(array, from, to, null, site);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sort(Object[] array, int from, int to, Comparator<Object> comparator, int site) {
        rangeCheck(array.length, from, to);
        Comparator<Object> order = comparator != null ? comparator : (a, b) -> ((Comparable) a).compareTo(b);
        if (to - from <= MIN_ARRAY_SORT_GRAN || ForkJoinPool.getCommonPoolParallelism() == 1) {
            Arrays.sort(array, from, to, comparator); // the JDK's too: the calling thread alone
            return;
        }
        Object[] sorted = (Object[]) ParallelStreams.evaluate(IntStream.range(from, to).spliterator(), part -> {
            int[] first = {0};
            ((Spliterator.OfInt) part).tryAdvance((IntConsumer) i -> first[0] = i);
            Object[] run = Arrays.copyOfRange(array, first[0], first[0] + 1 + (int) part.estimateSize());
            Arrays.sort(run, order);
            return run;
        }, (left, right) -> merge((Object[]) left, (Object[]) right, order), site);
        System.arraycopy(sorted, 0, array, from, sorted.length);
    }

    /** {@code Arrays}' check of a range, with its exceptions. */
    private static void rangeCheck(int length, int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
        }
        if (from < 0) {
            throw new ArrayIndexOutOfBoundsException(from);
        }
        if (to > length) {
            throw new ArrayIndexOutOfBoundsException(to);
        }
    }

    /** The stable merge of two sorted runs: of equal elements, the left run's first. */
    private static Object[] merge(Object[] left, Object[] right, Comparator<Object> order) {
        Object[] merged = new Object[left.length + right.length];
        int l = 0;
        int r = 0;
        for (int i = 0; i < merged.length; i++) {
            merged[i] = r == right.length || l < left.length && order.compare(right[r], left[l]) >= 0
                    ? left[l++] : right[r++];
        }
        return merged;
    }

    // ---- parallelPrefix ------------------------------------------------------------------------------------

    private static void prefix(Object[] array, BinaryOperator<?> op, int site) {
        prefix(array, 0, array.length, op, site);
    }

    private static void prefix(Object[] array, int from, int to, BinaryOperator<?> op, int site) {
        Objects.requireNonNull(op);
        rangeCheck(array.length, from, to);
        new Prefix(StreamKind.REFERENCE.operator(op), i -> array[i], (i, v) -> array[i] = v, from, to).run(site);
    }

    private static void prefix(int[] array, IntBinaryOperator op, int site) {
        prefix(array, 0, array.length, op, site);
    }

    private static void prefix(int[] array, int from, int to, IntBinaryOperator op, int site) {
        Objects.requireNonNull(op);
        rangeCheck(array.length, from, to);
        new Prefix(StreamKind.INT.operator(op), i -> array[i], (i, v) -> array[i] = (Integer) v, from, to).run(site);
    }

    private static void prefix(long[] array, LongBinaryOperator op, int site) {
        prefix(array, 0, array.length, op, site);
    }

    private static void prefix(long[] array, int from, int to, LongBinaryOperator op, int site) {
        Objects.requireNonNull(op);
        rangeCheck(array.length, from, to);
        new Prefix(StreamKind.LONG.operator(op), i -> array[i], (i, v) -> array[i] = (Long) v, from, to).run(site);
    }

    private static void prefix(double[] array, DoubleBinaryOperator op, int site) {
        prefix(array, 0, array.length, op, site);
    }

    private static void prefix(double[] array, int from, int to, DoubleBinaryOperator op, int site) {
        Objects.requireNonNull(op);
        rangeCheck(array.length, from, to);
        new Prefix(StreamKind.DOUBLE.operator(op), i -> array[i], (i, v) -> array[i] = (Double) v, from, to).run(site);
    }

    /** Sets an element of an array, boxed. */
    private interface Setter {
        void set(int index, Object value);
    }

    /**
     * A {@code parallelPrefix} as the JDK's {@code ArrayPrefixHelpers} does it: the range halved until a part holds
     * no more than its size divided by eight times the common pool's parallelism (and at least 16); first each part
     * but the last totals its elements, then each part cumulates its elements from the total of the parts before
     * it, that total made along the tree of halves (a right half's is the left half's combined with the total
     * before the left half).
     */
    private static final class Prefix {
        private final BinaryOperator<Object> op;
        private final IntFunction<Object> get;
        private final Setter set;
        private final int origin;
        private final int fence;
        private final int threshold;
        /** The parts, as {@code [lo, hi)} pairs in encounter order. */
        private final List<int[]> parts = new ArrayList<>();
        private final Object[] totals;
        private final Object[] before;

        Prefix(BinaryOperator<Object> op, IntFunction<Object> get, Setter set, int origin, int fence) {
            this.op = op;
            this.get = get;
            this.set = set;
            this.origin = origin;
            this.fence = fence;
            int p = (fence - origin) / (ForkJoinPool.getCommonPoolParallelism() << 3);
            this.threshold = p <= MIN_PARTITION ? MIN_PARTITION : p;
            split(origin, fence);
            totals = new Object[parts.size()];
            before = new Object[parts.size()];
        }

        private void split(int lo, int hi) {
            if (hi - lo > threshold) {
                int mid = (lo + hi) >>> 1;
                split(lo, mid);
                split(mid, hi);
            } else {
                parts.add(new int[] {lo, hi});
            }
        }

        void run(int site) {
            if (origin >= fence) {
                return;
            }
            int last = parts.size() - 1;
            inParts(last, k -> {
                int[] part = parts.get(k);
                Object total = get.apply(part[0]);
                for (int i = part[0] + 1; i < part[1]; i++) {
                    total = op.apply(total, get.apply(i));
                }
                totals[k] = total;
            }, site);
            before(origin, fence, null, 0);
            inParts(last + 1, k -> {
                int[] part = parts.get(k);
                Object sum = part[0] == origin ? get.apply(origin) : before[k];
                for (int i = part[0] == origin ? origin + 1 : part[0]; i < part[1]; i++) {
                    sum = op.apply(sum, get.apply(i));
                    set.set(i, sum);
                }
            }, site);
        }

        /** Sets the total before each part of {@code [lo, hi)}, the first of which is part {@code k}; returns the next part's index. */
        private int before(int lo, int hi, Object in, int k) {
            if (hi - lo <= threshold) {
                before[k] = in;
                return k + 1;
            }
            int mid = (lo + hi) >>> 1;
            int right = before(lo, mid, in, k);
            Object leftTotal = total(k, right);
            return before(mid, hi, lo == origin ? leftTotal : op.apply(in, leftTotal), right);
        }

        /** The total of parts {@code [from, to)}, a subtree of halves, combined as the JDK combines its halves'. */
        private Object total(int from, int to) {
            if (to - from == 1) {
                return totals[from];
            }
            int[] first = parts.get(from);
            int[] end = parts.get(to - 1);
            int mid = (first[0] + end[1]) >>> 1;
            int split = from;
            while (parts.get(split)[0] < mid) {
                split++;
            }
            return op.apply(total(from, split), total(split, to));
        }

        /** Runs {@code each} for parts {@code 0} to {@code count - 1}, concurrently in the model's common pool. */
        private static void inParts(int count, IntConsumer each, int site) {
            ParallelStreams.forEach(IntStream.range(0, count).parallel(), each, site);
        }
    }
}
