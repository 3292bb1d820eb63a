package dev.weft.runtime;

import static java.lang.invoke.MethodType.methodType;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.function.Predicate;
import java.util.function.IntFunction;
import java.util.concurrent.atomic.AtomicReference;
import java.util.OptionalDouble;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.BaseStream;
import java.util.stream.Collector;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The terminal operations of a parallel stream that the model runs in a controlled run. The JDK splits the
 * stream's source and forks its parts in its own code, into the real common pool (or the pool of the worker that
 * calls it), out of the model's sight. Here the same work is done by tasks of the model ({@link ForkJoinCalls}):
 * the calling thread splits the stream's spliterator as the JDK's tasks do (until a part is no larger than the
 * stream's size divided by four times the common pool's parallelism), forks the parts into the model of the pool
 * the JDK would use, does the last part itself and joins the others; each part is reduced or collected alone and
 * the parts' results are combined in encounter order with the operation's own combiner, along the tree the JDK
 * combines them along (so even a floating-point reduction gives the JDK's result). So the parts run in the common
 * pool's workers of the model and the calling thread, concurrently as in the JDK, and the run stays replayable:
 * their races are still seen.
 *
 * <p>The operations: {@code forEach}; {@code reduce} (each form), {@code collect} (a {@code Collector}, or a
 * supplier, an accumulator and a combiner), {@code count}, {@code min}, {@code max}, {@code toArray},
 * {@code toList}; the short-circuiting {@code anyMatch}, {@code allMatch}, {@code noneMatch}, {@code findFirst}
 * and {@code findAny}, whose parts stop splitting once a part before them (any part, for an unordered search)
 * found what they look for, as the JDK's do; of primitive streams also {@code summaryStatistics}, and
 * {@code sum} and {@code average} of ints and longs. {@code forEachOrdered} of an ordered stream evaluates the
 * pipeline in parts, then runs the action on the elements in encounter order in the calling thread (the JDK runs
 * each action after the one before). A short-circuiting search on a source of unknown size (an infinite stream)
 * is done by the calling thread alone. {@code sum()} and {@code average()} of a {@code DoubleStream}, whose
 * compensated summation is the JDK's own private code, keep the JDK's pool.
 *
 * <p>Only pipelines the JDK evaluates lazily part by part are taken: a parallel stream of the JDK's own classes
 * with no stateful operation ({@code sorted}, {@code distinct}, {@code limit}, {@code skip}), which the JDK
 * would evaluate in its pool before the terminal operation. This needs {@code java.util.stream} open to weft's
 * runtime; where it is not, and for other terminal operations, the stream runs in the real common pool.
 */
final class ParallelStreams {

    private static final Object NONE = StreamKind.NONE;
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The stand-ins, by the stream's type, the operation's name, its return type and its parameter types. */
    private static final Map<List<Object>, MethodHandle> OPERATIONS = new HashMap<>();
    private static final MethodHandle IS_MODELLED;
    /** {@code AbstractPipeline.previousStage} and {@code opIsStateful()}, or {@code null} when not open to weft. */
    private static final Field PREVIOUS_STAGE;
    private static final Method IS_STATEFUL;

    static {
        try {
            IS_MODELLED = LOOKUP.findStatic(ParallelStreams.class, "isModelled",
                    methodType(boolean.class, Object.class));
            Class<?> any = Object.class;
            Class<?> base = BaseStream.class;
            for (StreamKind kind : StreamKind.values()) {
                Class<?> on = kind.stream;
                operation(on, "forEach", void.class, List.of(kind.consumer), methodType(void.class, base, any));
                operation(on, "forEachOrdered", void.class, List.of(kind.consumer), methodType(void.class, base, any));
                operation(on, "toArray", kind.array, List.of(), methodType(any, base));
                operation(on, "count", long.class, List.of(), methodType(long.class, base));
                operation(on, "findFirst", kind.optional, List.of(), methodType(any, base));
                operation(on, "findAny", kind.optional, List.of(), methodType(any, base));
                for (String match : List.of("anyMatch", "allMatch", "noneMatch")) {
                    operation(on, match, boolean.class, List.of(kind.predicate), methodType(boolean.class, base, any));
                }
                operation(on, "collect", any, List.of(Supplier.class, kind.accumulator, BiConsumer.class),
                        methodType(any, base, Supplier.class, any, BiConsumer.class));
                Class<?> element = kind == StreamKind.REFERENCE ? any : kind.array.getComponentType();
                operation(on, "reduce", element, List.of(element, kind.operator), methodType(any, base, any, any));
                operation(on, "reduce", kind.optional, List.of(kind.operator), methodType(any, base, any));
                if (kind == StreamKind.REFERENCE) {
                    continue;
                }
                operation(on, "min", kind.optional, List.of(), methodType(any, base));
                operation(on, "max", kind.optional, List.of(), methodType(any, base));
                operation(on, "summaryStatistics", kind.statistics().getClass(), List.of(), methodType(any, base));
                if (kind != StreamKind.DOUBLE) { // a DoubleStream's sum and average: the JDK's compensated summation
                    operation(on, "average", OptionalDouble.class, List.of(), methodType(OptionalDouble.class, base));
                }
            }
            operation(Stream.class, "reduce", any, List.of(any, BiFunction.class, BinaryOperator.class),
                    methodType(any, Stream.class, any, BiFunction.class, BinaryOperator.class));
            operation(Stream.class, "collect", any, List.of(Collector.class), methodType(any, Stream.class, Collector.class));
            operation(Stream.class, "toArray", Object[].class, List.of(IntFunction.class),
                    methodType(Object[].class, Stream.class, IntFunction.class));
            operation(Stream.class, "toList", List.class, List.of(), methodType(List.class, Stream.class));
            operation(Stream.class, "min", Optional.class, List.of(Comparator.class),
                    methodType(Optional.class, Stream.class, Comparator.class));
            operation(Stream.class, "max", Optional.class, List.of(Comparator.class),
                    methodType(Optional.class, Stream.class, Comparator.class));
            operation(IntStream.class, "sum", int.class, List.of(), methodType(int.class, IntStream.class));
            operation(LongStream.class, "sum", long.class, List.of(), methodType(long.class, LongStream.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        Field previous = null;
        Method stateful = null;
        try {
            Class<?> pipeline = Class.forName("java.util.stream.AbstractPipeline");
            previous = pipeline.getDeclaredField("previousStage");
            previous.setAccessible(true);
            stateful = pipeline.getDeclaredMethod("opIsStateful");
            stateful.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            previous = null; // not open to weft: parallel streams keep the JDK's pool
            stateful = null;
        }
        PREVIOUS_STAGE = previous;
        IS_STATEFUL = stateful;
    }

    private ParallelStreams() { }

    /**
     * Registers the stand-in of {@code on.name(parameters)} returning {@code returned}: the static method
     * {@code name} of this class of type {@code implementation} (then the site).
     */
    private static void operation(Class<?> on, String name, Class<?> returned, List<Class<?>> parameters,
                                  MethodType implementation) throws ReflectiveOperationException {
        List<Object> key = new ArrayList<>(List.of(on, name, returned));
        key.addAll(parameters);
        OPERATIONS.put(key, LOOKUP.findStatic(ParallelStreams.class, name, implementation.appendParameterTypes(int.class)));
    }

    /**
     * The call that stands in for {@code call}, a call on a stream of type {@code type} (the stream first), in a
     * controlled run: for a terminal operation the model does, on a parallel stream it can take, the model's;
     * otherwise {@code call}.
     */
    static MethodHandle inModel(String name, MethodType type, MethodHandle call, int site) {
        if (type.parameterCount() < 1 || !BaseStream.class.isAssignableFrom(type.parameterType(0)) || IS_STATEFUL == null) {
            return call;
        }
        List<Object> key = new ArrayList<>(List.of(type.parameterType(0), name, type.returnType()));
        key.addAll(type.parameterList().subList(1, type.parameterCount()));
        MethodHandle operation = OPERATIONS.get(key);
        if (operation == null) {
            return call;
        }
        MethodHandle inModel = MethodHandles.insertArguments(operation, type.parameterCount(), site).asType(type);
        MethodHandle test = MethodHandles.dropArguments(
                IS_MODELLED.asType(MethodType.methodType(boolean.class, type.parameterType(0))), 1,
                type.parameterList().subList(1, type.parameterCount()));
        return MethodHandles.guardWithTest(test, inModel, call);
    }

    /** Whether {@code stream} is parallel, of the JDK's classes, and has no stateful operation. */
    static boolean isModelled(Object stream) {
        if (!(stream instanceof BaseStream<?, ?> base) || !base.isParallel()
                || !stream.getClass().getName().startsWith("java.util.stream.")) {
            return false;
        }
        try {
            for (Object stage = stream, previous; (previous = PREVIOUS_STAGE.get(stage)) != null; stage = previous) {
                if ((Boolean) IS_STATEFUL.invoke(stage)) { // an operation's stage (the source's has no previous)
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    // ---- the operations: what each part does, and how two parts' results merge in encounter order ----------

    static void forEach(BaseStream<?, ?> stream, Object action, int site) {
        Consumer<Object> each = StreamKind.of(stream).consumer(action);
        evaluate(stream.spliterator(), part -> {
            part.forEachRemaining(each);
            return null;
        }, (left, right) -> null, site);
    }

    /**
     * {@code forEachOrdered}: of an unordered stream, {@code forEach}; of an ordered one, the pipeline evaluated in
     * parts, then the action on each element in encounter order, in the calling thread.
     */
    private static void forEachOrdered(BaseStream<?, ?> stream, Object action, int site) {
        Consumer<Object> each = StreamKind.of(stream).consumer(action);
        Spliterator<?> source = stream.spliterator();
        if (!source.hasCharacteristics(Spliterator.ORDERED)) {
            evaluate(source, part -> {
                part.forEachRemaining(each);
                return null;
            }, (left, right) -> null, site);
            return;
        }
        elements(source, site).forEach(each);
    }

    private static Object toArray(BaseStream<?, ?> stream, int site) {
        return StreamKind.of(stream).array(elements(stream.spliterator(), site));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object[] toArray(Stream<?> stream, IntFunction generator, int site) {
        Objects.requireNonNull(generator);
        return elements(stream.spliterator(), site).stream().toArray(generator); // the JDK's checks of the array
    }

    private static List<?> toList(Stream<?> stream, int site) {
        return elements(stream.spliterator(), site).stream().toList(); // the JDK's kind of list
    }

    /** The elements of the stream, boxed, in encounter order: each part's in a list, the lists joined. */
    @SuppressWarnings("unchecked")
    private static List<Object> elements(Spliterator<?> source, int site) {
        return (List<Object>) evaluate(source, part -> {
            List<Object> elements = new ArrayList<>();
            part.forEachRemaining(elements::add);
            return elements;
        }, (left, right) -> {
            ((List<Object>) left).addAll((List<Object>) right);
            return left;
        }, site);
    }

    /** {@code count()}: as the JDK, the size of a pipeline that knows it, without evaluating it. */
    private static long count(BaseStream<?, ?> stream, int site) {
        Spliterator<?> source = stream.spliterator();
        long size = source.getExactSizeIfKnown();
        if (size >= 0) {
            return size;
        }
        return (Long) evaluate(source, part -> {
            long[] count = {0};
            part.forEachRemaining(element -> count[0]++);
            return count[0];
        }, (left, right) -> (Long) left + (Long) right, site);
    }

    @SuppressWarnings("unchecked")
    private static Object reduce(Stream<?> stream, Object identity, BiFunction<Object, Object, Object> accumulator,
                                 BinaryOperator<Object> combiner, int site) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluate(stream.spliterator(), part -> {
            Object[] result = {identity};
            part.forEachRemaining(element -> result[0] = accumulator.apply(result[0], element));
            return result[0];
        }, combiner, site);
    }

    /** {@code reduce(identity, operator)}, of any kind of stream. */
    private static Object reduce(BaseStream<?, ?> stream, Object identity, Object operator, int site) {
        BinaryOperator<Object> reduce = StreamKind.of(stream).operator(operator);
        return evaluate(stream.spliterator(), part -> {
            Object[] result = {identity};
            part.forEachRemaining(element -> result[0] = reduce.apply(result[0], element));
            return result[0];
        }, reduce, site);
    }

    /** {@code reduce(operator)}, of any kind of stream: an optional of its kind. */
    private static Object reduce(BaseStream<?, ?> stream, Object operator, int site) {
        StreamKind kind = StreamKind.of(stream);
        return kind.optional(reduce(stream.spliterator(), kind.operator(operator), site));
    }

    /** The reduction of the elements with {@code operator}, or {@link #NONE} for no element. */
    private static Object reduce(Spliterator<?> source, BinaryOperator<Object> operator, int site) {
        return evaluate(source, part -> {
            Object[] reduced = {NONE};
            part.forEachRemaining(element -> reduced[0] = reduced[0] == NONE ? element : operator.apply(reduced[0], element));
            return reduced[0];
        }, (left, right) -> left == NONE ? right : right == NONE ? left : operator.apply(left, right), site);
    }

    /** {@code min()} of a primitive stream. */
    private static Object min(BaseStream<?, ?> stream, int site) {
        StreamKind kind = StreamKind.of(stream);
        return kind.optional(reduce(stream.spliterator(), kind.min(), site));
    }

    /** {@code max()} of a primitive stream. */
    private static Object max(BaseStream<?, ?> stream, int site) {
        StreamKind kind = StreamKind.of(stream);
        return kind.optional(reduce(stream.spliterator(), kind.max(), site));
    }

    /** {@code min(comparator)}: the JDK's {@code reduce(BinaryOperator.minBy(comparator))}. */
    @SuppressWarnings("unchecked")
    private static Optional<?> min(Stream<?> stream, Comparator<Object> comparator, int site) {
        return (Optional<?>) StreamKind.REFERENCE.optional(reduce(stream.spliterator(), BinaryOperator.minBy(comparator), site));
    }

    /** {@code max(comparator)}: the JDK's {@code reduce(BinaryOperator.maxBy(comparator))}. */
    @SuppressWarnings("unchecked")
    private static Optional<?> max(Stream<?> stream, Comparator<Object> comparator, int site) {
        return (Optional<?>) StreamKind.REFERENCE.optional(reduce(stream.spliterator(), BinaryOperator.maxBy(comparator), site));
    }

    /** {@code sum()} of an {@code IntStream}: the JDK's {@code reduce(0, Integer::sum)}. */
    private static int sum(IntStream stream, int site) {
        return (Integer) evaluate(stream.spliterator(), part -> {
            int[] sum = {0};
            ((Spliterator.OfInt) part).forEachRemaining((IntConsumer) n -> sum[0] += n);
            return sum[0];
        }, (left, right) -> (Integer) left + (Integer) right, site);
    }

    /** {@code sum()} of a {@code LongStream}: the JDK's {@code reduce(0, Long::sum)}. */
    private static long sum(LongStream stream, int site) {
        return (Long) evaluate(stream.spliterator(), part -> {
            long[] sum = {0};
            ((Spliterator.OfLong) part).forEachRemaining((LongConsumer) n -> sum[0] += n);
            return sum[0];
        }, (left, right) -> (Long) left + (Long) right, site);
    }

    /** {@code average()} of an {@code IntStream} or a {@code LongStream}: the JDK's count and sum in longs. */
    private static OptionalDouble average(BaseStream<?, ?> stream, int site) {
        long[] average = (long[]) evaluate(stream.spliterator(), part -> {
            long[] countAndSum = new long[2];
            part.forEachRemaining(n -> {
                countAndSum[0]++;
                countAndSum[1] += ((Number) n).longValue();
            });
            return countAndSum;
        }, (left, right) -> new long[] {((long[]) left)[0] + ((long[]) right)[0], ((long[]) left)[1] + ((long[]) right)[1]},
                site);
        return average[0] > 0 ? OptionalDouble.of((double) average[1] / average[0]) : OptionalDouble.empty();
    }

    /** {@code summaryStatistics()} of a primitive stream: the JDK's collection into a summary per part. */
    private static Object summaryStatistics(BaseStream<?, ?> stream, int site) {
        StreamKind kind = StreamKind.of(stream);
        return evaluate(stream.spliterator(), part -> {
            Object statistics = kind.statistics();
            part.forEachRemaining(element -> kind.accept(statistics, element));
            return statistics;
        }, (left, right) -> {
            kind.combine(left, right);
            return left;
        }, site);
    }

    /** {@code collect(supplier, accumulator, combiner)}, of any kind of stream. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object collect(BaseStream<?, ?> stream, Supplier supplier, Object accumulator, BiConsumer combiner,
                                  int site) {
        BiConsumer<Object, Object> accumulate = StreamKind.of(stream).accumulator(accumulator);
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(combiner);
        return evaluate(stream.spliterator(), part -> {
            Object container = supplier.get();
            part.forEachRemaining(element -> accumulate.accept(container, element));
            return container;
        }, (left, right) -> {
            combiner.accept(left, right);
            return left;
        }, site);
    }

    /**
     * {@code collect(collector)}, as the JDK's: one container for every part when the collector is concurrent and
     * the stream or the collector unordered, else a container per part merged by the combiner; then the finisher.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object collect(Stream<?> stream, Collector collector, int site) {
        Set<Collector.Characteristics> characteristics = collector.characteristics();
        BiConsumer accumulator = collector.accumulator();
        Spliterator<?> source = stream.spliterator();
        Object container;
        if (characteristics.contains(Collector.Characteristics.CONCURRENT)
                && (!source.hasCharacteristics(Spliterator.ORDERED)
                    || characteristics.contains(Collector.Characteristics.UNORDERED))) {
            Object shared = collector.supplier().get();
            evaluate(source, part -> {
                part.forEachRemaining(element -> accumulator.accept(shared, element));
                return null;
            }, (left, right) -> null, site);
            container = shared;
        } else {
            Supplier supplier = collector.supplier();
            BinaryOperator combiner = collector.combiner();
            container = evaluate(source, part -> {
                Object own = supplier.get();
                part.forEachRemaining(element -> accumulator.accept(own, element));
                return own;
            }, combiner::apply, site);
        }
        return characteristics.contains(Collector.Characteristics.IDENTITY_FINISH) ? container
                : collector.finisher().apply(container);
    }

    // ---- the short-circuiting operations ------------------------------------------------------------------

    private static boolean anyMatch(BaseStream<?, ?> stream, Object predicate, int site) {
        return matches(stream, predicate, true, site);
    }

    private static boolean allMatch(BaseStream<?, ?> stream, Object predicate, int site) {
        return !matches(stream, predicate, false, site);
    }

    private static boolean noneMatch(BaseStream<?, ?> stream, Object predicate, int site) {
        return !matches(stream, predicate, true, site);
    }

    /** Whether an element's test is {@code wanted}; the parts stop at the first, and all stop once one found it. */
    private static boolean matches(BaseStream<?, ?> stream, Object predicate, boolean wanted, int site) {
        Predicate<Object> test = StreamKind.of(stream).predicate(predicate);
        return search(stream.spliterator(), false, part -> {
            boolean[] found = {false};
            while (!found[0] && part.tryAdvance(element -> found[0] = test.test(element) == wanted)) {
                // the next element
            }
            return found[0] ? Boolean.TRUE : NONE;
        }, site) != NONE;
    }

    private static Object findFirst(BaseStream<?, ?> stream, int site) {
        Spliterator<?> source = stream.spliterator();
        return find(stream, source, source.hasCharacteristics(Spliterator.ORDERED), site);
    }

    /** {@code findAny()}: the first element found by a part, the leftmost of those found if several were. */
    private static Object findAny(BaseStream<?, ?> stream, int site) {
        return find(stream, stream.spliterator(), false, site);
    }

    private static Object find(BaseStream<?, ?> stream, Spliterator<?> source, boolean ordered, int site) {
        return StreamKind.of(stream).optional(search(source, ordered, part -> {
            Object[] first = {NONE};
            part.tryAdvance(element -> first[0] = element);
            return first[0];
        }, site));
    }

    /**
     * The leftmost result other than {@link #NONE} of {@code each} on the parts, which stop splitting (and do not
     * start their own search) once a part found one: any part, or when {@code ordered} a part before them.
     */
    static Object search(Spliterator<?> source, boolean ordered, Function<Spliterator<?>, Object> each, int site) {
        Search search = new Search(ordered);
        long size = source.estimateSize();
        long threshold = size == Long.MAX_VALUE ? size // unknown, maybe infinite: the calling thread alone
                : Math.max(1, size / ((long) ForkJoinPool.getCommonPoolParallelism() << 2));
        return ForkJoinCalls.invoke(new Part(source, threshold, each,
                (left, right) -> left != NONE ? left : right, search, "", site), false, site);
    }

    /**
     * The result of {@code each} on the parts of {@code source}, merged in encounter order by {@code merge}: the
     * parts split and run as the JDK's tasks would (see above), in the model's common pool and the calling thread.
     */
    static Object evaluate(Spliterator<?> source, Function<Spliterator<?>, Object> each,
                                   BinaryOperator<Object> merge, int site) {
        long target = source.estimateSize() / ((long) ForkJoinPool.getCommonPoolParallelism() << 2);
        return ForkJoinCalls.invoke(new Part(source, Math.max(1, target), each, merge, null, "", site), false, site);
    }

    /**
     * Where, in encounter order, the parts of a short-circuiting operation found what they look for: a part's
     * position is the path from the first part to it (0 to a left half, 1 to a right one), and positions compare
     * in encounter order.
     */
    private static final class Search {
        private final boolean ordered;
        private final AtomicReference<String> leftmostFound = new AtomicReference<>();

        Search(boolean ordered) {
            this.ordered = ordered;
        }

        /** Whether the part at {@code path} stops: a part found something, before it if the search is ordered. */
        boolean stops(String path) {
            String found = leftmostFound.get();
            return found != null && (!ordered || found.compareTo(path) < 0);
        }

        void found(String path) {
            leftmostFound.accumulateAndGet(path, (found, at) -> found == null || at.compareTo(found) < 0 ? at : found);
        }
    }

    /**
     * A part of a stream: split while it is larger than the threshold, its left halves forked, the rest done here;
     * its result the merge, in encounter order and along the JDK's tree of parts, of its halves' results.
     */
    private static final class Part extends RecursiveTask<Object> {
        private static final long serialVersionUID = 1L;
        private final transient Spliterator<?> spliterator;
        private final long threshold;
        private final transient Function<Spliterator<?>, Object> each;
        private final transient BinaryOperator<Object> merge;
        /** The short-circuiting operation's parts' findings, or {@code null}. */
        private final transient Search search;
        private final String path;
        private final int site;

        Part(Spliterator<?> spliterator, long threshold, Function<Spliterator<?>, Object> each,
             BinaryOperator<Object> merge, Search search, String path, int site) {
            this.spliterator = spliterator;
            this.threshold = threshold;
            this.each = each;
            this.merge = merge;
            this.search = search;
            this.path = path;
            this.site = site;
        }

        @Override
        protected Object compute() {
            List<Part> forked = new ArrayList<>();
            Spliterator<?> rest = spliterator;
            String here = path;
            for (Spliterator<?> left; !stops(here) && rest.estimateSize() > threshold && (left = rest.trySplit()) != null;
                    here += "1") {
                Part part = new Part(left, threshold, each, merge, search, here + "0", site);
                ForkJoinCalls.fork(part, site);
                forked.add(part);
            }
            Object last = stops(here) ? NONE : each.apply(rest);
            if (search != null && last != NONE) {
                search.found(here);
            }
            Object[] results = new Object[forked.size()];
            for (int i = forked.size() - 1; i >= 0; i--) {
                ForkJoinCalls.helpOrWait(forked.get(i), false, site);
                results[i] = forked.get(i).join();
            }
            Object merged = last; // the JDK's tree: each split's left half merged with its right half's result
            for (int i = results.length - 1; i >= 0; i--) {
                merged = merge.apply(results[i], merged);
            }
            return merged;
        }

        private boolean stops(String at) {
            return search != null && search.stops(at);
        }
    }
}
