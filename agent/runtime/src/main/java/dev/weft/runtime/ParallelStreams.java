package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
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
 * The terminal operations of a parallel stream that the model runs in a controlled run: {@code forEach}, a
 * reference stream's {@code reduce} (its three forms) and {@code collect} (a {@code Collector}, or a supplier, an
 * accumulator and a combiner), and {@code sum} of an {@code IntStream} or a {@code LongStream}. The JDK splits the stream's source and forks its parts in its own code, into the
 * real common pool (or the pool of the worker that calls it), out of the model's sight. Here the same work is
 * done by tasks of the model ({@link ForkJoinCalls}): the calling thread splits the stream's spliterator as the
 * JDK's tasks do (until a part is no larger than the stream's size divided by four times the common pool's
 * parallelism), forks the parts into the model of the pool the JDK would use, does the last part itself and
 * joins the others; each part is reduced or collected alone and the parts' results are combined in encounter
 * order with the operation's own combiner, as the JDK combines them. So the parts run in the common pool's
 * workers of the model and the calling thread, concurrently as in the JDK, and the run stays replayable: their
 * races are still seen.
 *
 * <p>Only pipelines the JDK evaluates lazily part by part are taken: a parallel stream of the JDK's own classes
 * with no stateful operation ({@code sorted}, {@code distinct}, {@code limit}, {@code skip}), which the JDK
 * would evaluate in its pool before the terminal operation. This needs {@code java.util.stream} open to weft's
 * runtime; where it is not, and for other terminal operations, the stream runs in the real common pool.
 */
final class ParallelStreams {

    /** The stand-ins, by the operation's name and parameter types after the stream. */
    private static final Map<List<Object>, MethodHandle> OPERATIONS = new HashMap<>();
    private static final MethodHandle IS_MODELLED;
    /** {@code AbstractPipeline.previousStage} and {@code opIsStateful()}, or {@code null} when not open to weft. */
    private static final Field PREVIOUS_STAGE;
    private static final Method IS_STATEFUL;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            IS_MODELLED = lookup.findStatic(ParallelStreams.class, "isModelled",
                    MethodType.methodType(boolean.class, Object.class));
            operation(lookup, "forEach", void.class, BaseStream.class, Object.class);
            operation(lookup, "reduce", Object.class, Stream.class, Object.class, BiFunction.class, BinaryOperator.class);
            operation(lookup, "reduce", Object.class, Stream.class, Object.class, BinaryOperator.class);
            operation(lookup, "reduce", Optional.class, Stream.class, BinaryOperator.class);
            operation(lookup, "collect", Object.class, Stream.class, Collector.class);
            operation(lookup, "collect", Object.class, Stream.class, Supplier.class, BiConsumer.class, BiConsumer.class);
            operation(lookup, "sum", int.class, IntStream.class);
            operation(lookup, "sum", long.class, LongStream.class);
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

    private static void operation(MethodHandles.Lookup lookup, String name, Class<?> returned, Class<?>... parameters)
            throws ReflectiveOperationException {
        MethodType type = MethodType.methodType(returned, parameters).appendParameterTypes(int.class);
        List<Object> key = new ArrayList<>(List.of(name, returned));
        key.addAll(List.of(parameters).subList(1, parameters.length));
        OPERATIONS.put(key, lookup.findStatic(ParallelStreams.class, name, type));
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
        List<Object> key = new ArrayList<>(List.of(name, type.returnType()));
        key.addAll(type.parameterList().subList(1, type.parameterCount()));
        if (name.equals("forEach") && type.returnType() == void.class && type.parameterCount() == 2) {
            key.set(2, Object.class); // a Consumer, an IntConsumer...
        }
        MethodHandle operation = OPERATIONS.get(key);
        if (operation == null || !operation.type().parameterType(0).isAssignableFrom(type.parameterType(0))) {
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void forEach(BaseStream<?, ?> stream, Object action, int site) {
        Objects.requireNonNull(action);
        evaluate(stream, part -> {
            if (part instanceof Spliterator.OfPrimitive primitive) {
                primitive.forEachRemaining(action); // an IntConsumer, a LongConsumer, a DoubleConsumer
            } else {
                part.forEachRemaining((Consumer) action);
            }
            return null;
        }, (left, right) -> null, site);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object reduce(Stream<?> stream, Object identity, BiFunction accumulator, BinaryOperator combiner,
                                 int site) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluate(stream, part -> {
            Object[] result = {identity};
            part.forEachRemaining(element -> result[0] = accumulator.apply(result[0], element));
            return result[0];
        }, combiner::apply, site);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object reduce(Stream<?> stream, Object identity, BinaryOperator operator, int site) {
        return reduce(stream, identity, operator, operator, site);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<?> reduce(Stream<?> stream, BinaryOperator operator, int site) {
        Objects.requireNonNull(operator);
        Object[] none = {};
        Object result = evaluate(stream, part -> {
            Object[] reduced = none;
            for (Object[] next = new Object[1]; part.tryAdvance(element -> next[0] = element); ) {
                reduced = reduced == none ? new Object[] {next[0]} : new Object[] {operator.apply(reduced[0], next[0])};
            }
            return reduced;
        }, (left, right) -> left == none ? right : right == none ? left
                : new Object[] {operator.apply(((Object[]) left)[0], ((Object[]) right)[0])}, site);
        return result == none ? Optional.empty() : Optional.of(((Object[]) result)[0]);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object collect(Stream<?> stream, Supplier supplier, BiConsumer accumulator, BiConsumer combiner,
                                  int site) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluate(stream, part -> {
            Object container = supplier.get();
            part.forEachRemaining(element -> accumulator.accept(container, element));
            return container;
        }, (left, right) -> {
            combiner.accept(left, right);
            return left;
        }, site);
    }

    /** {@code sum()} of an {@code IntStream}: the JDK's {@code reduce(0, Integer::sum)}. */
    private static int sum(IntStream stream, int site) {
        return (Integer) evaluate(stream, part -> {
            int[] sum = {0};
            ((Spliterator.OfInt) part).forEachRemaining((IntConsumer) n -> sum[0] += n);
            return sum[0];
        }, (left, right) -> (Integer) left + (Integer) right, site);
    }

    /** {@code sum()} of a {@code LongStream}: the JDK's {@code reduce(0, Long::sum)}. */
    private static long sum(LongStream stream, int site) {
        return (Long) evaluate(stream, part -> {
            long[] sum = {0};
            ((Spliterator.OfLong) part).forEachRemaining((LongConsumer) n -> sum[0] += n);
            return sum[0];
        }, (left, right) -> (Long) left + (Long) right, site);
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

    private static Object evaluate(BaseStream<?, ?> stream, Function<Spliterator<?>, Object> each,
                                   BinaryOperator<Object> merge, int site) {
        return evaluate(stream.spliterator(), each, merge, site);
    }

    private static Object evaluate(Spliterator<?> source, Function<Spliterator<?>, Object> each,
                                   BinaryOperator<Object> merge, int site) {
        long target = source.estimateSize() / ((long) ForkJoinPool.getCommonPoolParallelism() << 2);
        return ForkJoinCalls.invoke(new Part(source, Math.max(1, target), each, merge, site), false, site);
    }

    /**
     * A part of a stream: split while it is larger than the threshold, its left halves forked, the rest done here;
     * its result the merge, in encounter order, of its halves' results.
     */
    private static final class Part extends RecursiveTask<Object> {
        private static final long serialVersionUID = 1L;
        private final transient Spliterator<?> spliterator;
        private final long threshold;
        private final transient Function<Spliterator<?>, Object> each;
        private final transient BinaryOperator<Object> merge;
        private final int site;

        Part(Spliterator<?> spliterator, long threshold, Function<Spliterator<?>, Object> each,
             BinaryOperator<Object> merge, int site) {
            this.spliterator = spliterator;
            this.threshold = threshold;
            this.each = each;
            this.merge = merge;
            this.site = site;
        }

        @Override
        protected Object compute() {
            List<Part> forked = new ArrayList<>();
            Spliterator<?> rest = spliterator;
            for (Spliterator<?> left; rest.estimateSize() > threshold && (left = rest.trySplit()) != null; ) {
                Part part = new Part(left, threshold, each, merge, site);
                ForkJoinCalls.fork(part, site);
                forked.add(part);
            }
            Object last = each.apply(rest);
            Object[] results = new Object[forked.size()];
            for (int i = forked.size() - 1; i >= 0; i--) {
                ForkJoinCalls.helpOrWait(forked.get(i), false, site);
                results[i] = forked.get(i).join();
            }
            if (results.length == 0) {
                return last;
            }
            Object merged = results[0];
            for (int i = 1; i < results.length; i++) {
                merged = merge.apply(merged, results[i]);
            }
            return merge.apply(merged, last);
        }
    }
}
