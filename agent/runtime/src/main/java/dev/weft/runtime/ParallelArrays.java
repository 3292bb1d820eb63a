package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * {@code Arrays.parallelSetAll} in a controlled run: the JDK sets the elements through a parallel stream over
 * the indices ({@code IntStream.range(0, length).parallel().forEach(i -> array[i] = generator.apply(i))}), whose
 * parts the JDK forks into the real common pool; here that stream's {@code forEach} is the model's
 * ({@link ParallelStreams}), so the generator runs in the model's threads, concurrently as in the JDK, and the
 * run stays replayable. The other parallel operations of {@code Arrays} ({@code parallelSort},
 * {@code parallelPrefix}) keep the JDK's pool.
 */
final class ParallelArrays {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private ParallelArrays() { }

    /**
     * The call that stands in for {@code call}, a static call of {@code Arrays} of type {@code type}, in a
     * controlled run: the model's {@code parallelSetAll}, or {@code call} itself.
     */
    static MethodHandle inModel(String name, MethodType type, MethodHandle call, int site) {
        if (!name.equals("parallelSetAll") || type.parameterCount() != 2 || !type.parameterType(0).isArray()) {
            return call;
        }
        try {
            MethodHandle setAll = LOOKUP.findStatic(ParallelArrays.class, "setAll",
                    type.erase().changeParameterType(0, type.parameterType(0).getComponentType().isPrimitive()
                            ? type.parameterType(0) : Object[].class)
                            .changeParameterType(1, type.parameterType(1)).appendParameterTypes(int.class));
            return MethodHandles.insertArguments(setAll, 2, site).asType(type);
        } catch (ReflectiveOperationException e) {
            return call;
        }
    }

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
}
