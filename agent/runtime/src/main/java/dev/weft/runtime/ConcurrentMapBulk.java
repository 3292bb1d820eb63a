package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;

/**
 * A {@code ConcurrentHashMap}'s parallel bulk operations in a controlled run: {@code forEach}, {@code search},
 * {@code reduceToLong} and {@code reduceToInt}, of its mappings, keys, values or entries, with a parallelism
 * threshold the map's size reaches, which the JDK does in tasks it forks into the real common pool. Here the
 * map's entries are split as a parallel stream's ({@link ParallelStreams}) and the parts run in the model's
 * common pool and the calling thread, concurrently as in the JDK, so the run stays replayable and the races of
 * the functions are seen; a search stops its parts once one found a result. Below the threshold the JDK does the
 * operation in the calling thread alone, and so it stays. The other reductions ({@code reduce*},
 * {@code reduce*ToDouble}) keep the JDK's pool: a floating-point result depends on the JDK's own order of
 * combination.
 */
final class ConcurrentMapBulk {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodHandle IS_PARALLEL;

    static {
        try {
            IS_PARALLEL = LOOKUP.findStatic(ConcurrentMapBulk.class, "isParallel",
                    MethodType.methodType(boolean.class, Object.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What a bulk operation passes its functions: a mapping's key and value, a key, a value, or an entry. */
    private enum Of {
        MAPPINGS, KEYS, VALUES, ENTRIES;

        static Of named(String name) {
            return name.contains("Key") ? KEYS : name.contains("Value") ? VALUES
                    : name.contains("Entr") ? ENTRIES : MAPPINGS;
        }

        /** What a function of one argument gets for {@code entry}. */
        Object of(Map.Entry<?, ?> entry) {
            return switch (this) {
                case KEYS -> entry.getKey();
                case VALUES -> entry.getValue();
                default -> new AbstractMap.SimpleImmutableEntry<>(entry); // the JDK's nodes cannot be set either
            };
        }

        @SuppressWarnings("unchecked")
        Consumer<Map.Entry<?, ?>> consumer(Object action) {
            Objects.requireNonNull(action);
            return this == MAPPINGS ? e -> ((BiConsumer<Object, Object>) action).accept(e.getKey(), e.getValue())
                    : e -> ((Consumer<Object>) action).accept(of(e));
        }

        @SuppressWarnings("unchecked")
        Function<Map.Entry<?, ?>, Object> function(Object transformer) {
            Objects.requireNonNull(transformer);
            return this == MAPPINGS ? e -> ((BiFunction<Object, Object, Object>) transformer).apply(e.getKey(), e.getValue())
                    : e -> ((Function<Object, Object>) transformer).apply(of(e));
        }

        @SuppressWarnings("unchecked")
        ToLongFunction<Map.Entry<?, ?>> toLong(Object transformer) {
            Objects.requireNonNull(transformer);
            return this == MAPPINGS ? e -> ((ToLongBiFunction<Object, Object>) transformer).applyAsLong(e.getKey(), e.getValue())
                    : e -> ((ToLongFunction<Object>) transformer).applyAsLong(of(e));
        }

        @SuppressWarnings("unchecked")
        ToIntFunction<Map.Entry<?, ?>> toInt(Object transformer) {
            Objects.requireNonNull(transformer);
            return this == MAPPINGS ? e -> ((ToIntBiFunction<Object, Object>) transformer).applyAsInt(e.getKey(), e.getValue())
                    : e -> ((ToIntFunction<Object>) transformer).applyAsInt(of(e));
        }
    }

    private ConcurrentMapBulk() { }

    /**
     * The call that stands in for {@code call}, a call on a {@code ConcurrentHashMap} of type {@code type} (the map
     * first), in a controlled run: for a bulk operation the model does, with a threshold that makes it parallel,
     * the model's; otherwise {@code call}.
     */
    static MethodHandle inModel(String name, MethodType type, MethodHandle call, int site) {
        int arity = type.parameterCount();
        if (arity < 3 || !type.parameterType(0).isAssignableFrom(ConcurrentHashMap.class)
                && !ConcurrentHashMap.class.isAssignableFrom(type.parameterType(0)) || type.parameterType(1) != long.class) {
            return call;
        }
        String operation = name.startsWith("forEach") ? "forEach" : name.startsWith("search") ? "search"
                : name.startsWith("reduce") && name.endsWith("ToLong") ? "reduceToLong"
                : name.startsWith("reduce") && name.endsWith("ToInt") ? "reduceToInt" : null;
        if (operation == null) {
            return call;
        }
        try {
            MethodType implementation = type.erase().changeParameterType(0, Object.class).changeParameterType(1, long.class)
                    .insertParameterTypes(0, Of.class).appendParameterTypes(int.class);
            if (operation.startsWith("reduce")) {
                Class<?> basis = operation.equals("reduceToLong") ? long.class : int.class;
                implementation = implementation.changeParameterType(4, basis).changeReturnType(basis);
            }
            MethodHandle inModel = LOOKUP.findStatic(ConcurrentMapBulk.class, operation, implementation);
            inModel = MethodHandles.insertArguments(inModel, 0, Of.named(name));
            inModel = MethodHandles.insertArguments(inModel, arity, site).asType(type);
            MethodHandle test = MethodHandles.dropArguments(IS_PARALLEL.asType(
                    MethodType.methodType(boolean.class, type.parameterType(0), long.class)), 2,
                    type.parameterList().subList(2, arity));
            return MethodHandles.guardWithTest(test, inModel, call);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return call;
        }
    }

    /** Whether the JDK would fork tasks for {@code map} at {@code threshold} (its {@code batchFor}). */
    static boolean isParallel(Object map, long threshold) {
        if (map == null || map.getClass() != ConcurrentHashMap.class || threshold == Long.MAX_VALUE) {
            return false;
        }
        long size = ((ConcurrentHashMap<?, ?>) map).mappingCount();
        return size > 1 && size >= threshold;
    }

    private static Spliterator<?> entries(Object map) {
        return ((ConcurrentHashMap<?, ?>) map).entrySet().spliterator();
    }

    @SuppressWarnings("unchecked")
    private static void forEach(Of of, Object map, long threshold, Object action, int site) {
        Consumer<Map.Entry<?, ?>> each = of.consumer(action);
        ParallelStreams.evaluate(entries(map), part -> {
            part.forEachRemaining(e -> each.accept((Map.Entry<?, ?>) e));
            return null;
        }, (left, right) -> null, site);
    }

    @SuppressWarnings("unchecked")
    private static void forEach(Of of, Object map, long threshold, Object transformer, Object action, int site) {
        Function<Map.Entry<?, ?>, Object> transform = of.function(transformer);
        Consumer<Object> consumer = (Consumer<Object>) Objects.requireNonNull(action);
        ParallelStreams.evaluate(entries(map), part -> {
            part.forEachRemaining(e -> {
                Object transformed = transform.apply((Map.Entry<?, ?>) e);
                if (transformed != null) {
                    consumer.accept(transformed);
                }
            });
            return null;
        }, (left, right) -> null, site);
    }

    private static Object search(Of of, Object map, long threshold, Object function, int site) {
        Function<Map.Entry<?, ?>, Object> search = of.function(function);
        Object found = ParallelStreams.search(entries(map), false, part -> {
            Object[] result = {null};
            while (result[0] == null && part.tryAdvance(e -> result[0] = search.apply((Map.Entry<?, ?>) e))) {
                // the next entry
            }
            return result[0] != null ? result[0] : StreamKind.NONE;
        }, site);
        return found == StreamKind.NONE ? null : found;
    }

    private static long reduceToLong(Of of, Object map, long threshold, Object transformer, long basis,
                                     Object reducer, int site) {
        ToLongFunction<Map.Entry<?, ?>> transform = of.toLong(transformer);
        LongBinaryOperator reduce = (LongBinaryOperator) Objects.requireNonNull(reducer);
        return (Long) ParallelStreams.evaluate(entries(map), part -> {
            long[] result = {basis};
            part.forEachRemaining(e -> result[0] = reduce.applyAsLong(result[0], transform.applyAsLong((Map.Entry<?, ?>) e)));
            return result[0];
        }, (left, right) -> reduce.applyAsLong((Long) left, (Long) right), site);
    }

    private static int reduceToInt(Of of, Object map, long threshold, Object transformer, int basis,
                                   Object reducer, int site) {
        ToIntFunction<Map.Entry<?, ?>> transform = of.toInt(transformer);
        IntBinaryOperator reduce = (IntBinaryOperator) Objects.requireNonNull(reducer);
        return (Integer) ParallelStreams.evaluate(entries(map), part -> {
            int[] result = {basis};
            part.forEachRemaining(e -> result[0] = reduce.applyAsInt(result[0], transform.applyAsInt((Map.Entry<?, ?>) e)));
            return result[0];
        }, (left, right) -> reduce.applyAsInt((Integer) left, (Integer) right), site);
    }
}
