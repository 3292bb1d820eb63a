package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collection;
import java.util.Comparator;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The source of a stream the application makes from its own spliterator, with the JDK's hand-off of its parts
 * modelled. A parallel stream splits its source ({@code trySplit}) in one thread and forks the parts to the common
 * pool, inside the JDK, where weft sees no edge: what the application's spliterator (or the iterator, the list's
 * {@code get} behind a JDK spliterator) wrote while it was made or split would race with what its parts read in
 * the workers. So the source is wrapped: {@code trySplit} releases into both parts when the split is done, and
 * every other method of a part acquires what was released into it before it delegates (once per thread that
 * takes the part over). The parts' runs are not ordered with each other: a counter two parts share still races.
 *
 * <p>Made at the calls of application code that hand a spliterator to the JDK: {@code StreamSupport.stream},
 * {@code intStream}, {@code longStream}, {@code doubleStream} (given a spliterator or a supplier of one), and
 * {@code stream()}/{@code parallelStream()} of an application collection that keeps {@code Collection}'s own
 * (whose {@code spliterator()} the JDK calls), through its own class or a collection interface; and at {@code iterate} and {@code generate} of the four stream
 * types, whose source runs the application's functions, unwrapped (the stream is not parallel yet when they are
 * given), in the thread that splits it or in the worker its part was forked to: the stream is remade, sequential as
 * the JDK's, from the JDK's source wrapped. The wrapper's characteristics, comparator, sizes and elements are
 * the source's; only the spliterator's identity, which a stream does not show, changes.
 */
public final class HandedOffSpliterators {

    private HandedOffSpliterators() { }

    /** {@code StreamSupport.stream(spliterator, parallel)}. */
    public static <T> Stream<T> stream(Spliterator<T> spliterator, boolean parallel, int site) {
        return StreamSupport.stream(of(spliterator, site), parallel);
    }

    /** {@code StreamSupport.stream(supplier, characteristics, parallel)}. */
    public static <T> Stream<T> stream(Supplier<? extends Spliterator<T>> supplier, int characteristics, boolean parallel,
            int site) {
        return StreamSupport.stream(() -> of(supplier.get(), site), characteristics, parallel);
    }

    /** {@code StreamSupport.intStream(spliterator, parallel)}. */
    public static IntStream intStream(Spliterator.OfInt spliterator, boolean parallel, int site) {
        return StreamSupport.intStream(ofInt(spliterator, site), parallel);
    }

    /** {@code StreamSupport.intStream(supplier, characteristics, parallel)}. */
    public static IntStream intStream(Supplier<? extends Spliterator.OfInt> supplier, int characteristics, boolean parallel,
            int site) {
        return StreamSupport.intStream(() -> ofInt(supplier.get(), site), characteristics, parallel);
    }

    /** {@code StreamSupport.longStream(spliterator, parallel)}. */
    public static LongStream longStream(Spliterator.OfLong spliterator, boolean parallel, int site) {
        return StreamSupport.longStream(ofLong(spliterator, site), parallel);
    }

    /** {@code StreamSupport.longStream(supplier, characteristics, parallel)}. */
    public static LongStream longStream(Supplier<? extends Spliterator.OfLong> supplier, int characteristics,
            boolean parallel, int site) {
        return StreamSupport.longStream(() -> ofLong(supplier.get(), site), characteristics, parallel);
    }

    /** {@code StreamSupport.doubleStream(spliterator, parallel)}. */
    public static DoubleStream doubleStream(Spliterator.OfDouble spliterator, boolean parallel, int site) {
        return StreamSupport.doubleStream(ofDouble(spliterator, site), parallel);
    }

    /** {@code StreamSupport.doubleStream(supplier, characteristics, parallel)}. */
    public static DoubleStream doubleStream(Supplier<? extends Spliterator.OfDouble> supplier, int characteristics,
            boolean parallel, int site) {
        return StreamSupport.doubleStream(() -> ofDouble(supplier.get(), site), characteristics, parallel);
    }

    /** {@code Stream.iterate(seed, next)}. */
    public static <T> Stream<T> iterate(T seed, UnaryOperator<T> next, int site) {
        return resourced(Stream.iterate(seed, next), site);
    }

    /** {@code Stream.iterate(seed, hasNext, next)}. */
    public static <T> Stream<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next, int site) {
        return resourced(Stream.iterate(seed, hasNext, next), site);
    }

    /** {@code Stream.generate(supplier)}. */
    public static <T> Stream<T> generate(Supplier<? extends T> supplier, int site) {
        return resourced(Stream.generate(supplier), site);
    }

    /** {@code IntStream.iterate(seed, next)}. */
    public static IntStream iterate(int seed, IntUnaryOperator next, int site) {
        return resourced(IntStream.iterate(seed, next), site);
    }

    /** {@code IntStream.iterate(seed, hasNext, next)}. */
    public static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next, int site) {
        return resourced(IntStream.iterate(seed, hasNext, next), site);
    }

    /** {@code IntStream.generate(supplier)}. */
    public static IntStream generate(IntSupplier supplier, int site) {
        return resourced(IntStream.generate(supplier), site);
    }

    /** {@code LongStream.iterate(seed, next)}. */
    public static LongStream iterate(long seed, LongUnaryOperator next, int site) {
        return resourced(LongStream.iterate(seed, next), site);
    }

    /** {@code LongStream.iterate(seed, hasNext, next)}. */
    public static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next, int site) {
        return resourced(LongStream.iterate(seed, hasNext, next), site);
    }

    /** {@code LongStream.generate(supplier)}. */
    public static LongStream generate(LongSupplier supplier, int site) {
        return resourced(LongStream.generate(supplier), site);
    }

    /** {@code DoubleStream.iterate(seed, next)}. */
    public static DoubleStream iterate(double seed, DoubleUnaryOperator next, int site) {
        return resourced(DoubleStream.iterate(seed, next), site);
    }

    /** {@code DoubleStream.iterate(seed, hasNext, next)}. */
    public static DoubleStream iterate(double seed, DoublePredicate hasNext, DoubleUnaryOperator next, int site) {
        return resourced(DoubleStream.iterate(seed, hasNext, next), site);
    }

    /** {@code DoubleStream.generate(supplier)}. */
    public static DoubleStream generate(DoubleSupplier supplier, int site) {
        return resourced(DoubleStream.generate(supplier), site);
    }

    /** A new sequential stream of a JDK's new one's source, wrapped: its functions are the application's. */
    private static <T> Stream<T> resourced(Stream<T> made, int site) {
        return StreamSupport.stream(of(made.spliterator(), site), false);
    }

    private static IntStream resourced(IntStream made, int site) {
        return StreamSupport.intStream(ofInt(made.spliterator(), site), false);
    }

    private static LongStream resourced(LongStream made, int site) {
        return StreamSupport.longStream(ofLong(made.spliterator(), site), false);
    }

    private static DoubleStream resourced(DoubleStream made, int site) {
        return StreamSupport.doubleStream(ofDouble(made.spliterator(), site), false);
    }

    /** {@code collection.stream()}: as {@code Collection}'s own when the collection's class keeps it. */
    public static Stream<?> stream(Collection<?> collection, int site) {
        return keepsDefault(collection, KEEPS_STREAM) ? ownStream(collection, site) : collection.stream();
    }

    /** {@code collection.parallelStream()}: as {@code Collection}'s own when the collection's class keeps it. */
    public static Stream<?> parallelStream(Collection<?> collection, int site) {
        return keepsDefault(collection, KEEPS_PARALLEL_STREAM) ? ownParallelStream(collection, site)
                : collection.parallelStream();
    }

    /**
     * {@code call}, a call through a collection interface ({@code list.parallelStream()}), made as {@link #stream} or
     * {@link #parallelStream} when it is one of those; else {@code call} itself.
     */
    static MethodHandle adapted(String name, MethodType type, MethodHandle call, int site) {
        boolean makesStream = (name.equals("stream") || name.equals("parallelStream")) && type.parameterCount() == 1
                && Collection.class.isAssignableFrom(type.parameterType(0)) && type.returnType() == Stream.class;
        if (!makesStream) {
            return call;
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodType made = MethodType.methodType(Stream.class, Collection.class, int.class);
            MethodHandle own = MethodHandles.insertArguments(lookup.findStatic(HandedOffSpliterators.class,
                    name.equals("stream") ? "ownStream" : "ownParallelStream", made), 1, site);
            MethodHandle keeps = lookup.findStatic(HandedOffSpliterators.class, "keepsDefault",
                    MethodType.methodType(boolean.class, Collection.class, ClassValue.class));
            keeps = MethodHandles.insertArguments(keeps, 1, name.equals("stream") ? KEEPS_STREAM : KEEPS_PARALLEL_STREAM);
            return MethodHandles.guardWithTest(keeps.asType(type.changeReturnType(boolean.class)), own.asType(type), call);
        } catch (ReflectiveOperationException e) {
            return call;
        }
    }

    private static Stream<?> ownStream(Collection<?> collection, int site) {
        return StreamSupport.stream(of(collection.spliterator(), site), false);
    }

    private static Stream<?> ownParallelStream(Collection<?> collection, int site) {
        return StreamSupport.stream(of(collection.spliterator(), site), true);
    }

    private static final ClassValue<Boolean> KEEPS_STREAM = keepingDefault("stream");
    private static final ClassValue<Boolean> KEEPS_PARALLEL_STREAM = keepingDefault("parallelStream");

    /** Whether {@code collection} is of an application's class that keeps {@code Collection}'s own method. */
    private static boolean keepsDefault(Collection<?> collection, ClassValue<Boolean> keeps) {
        return collection != null && keeps.get(collection.getClass()); // a null receiver throws at the JDK's own call
    }

    private static ClassValue<Boolean> keepingDefault(String name) {
        return new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                try {
                    return type.getClassLoader() != null && type.getMethod(name).getDeclaringClass() == Collection.class;
                } catch (NoSuchMethodException | SecurityException e) {
                    return false;
                }
            }
        };
    }

    private static <T> Spliterator<T> of(Spliterator<T> source, int site) {
        return source == null || source instanceof Part ? source : new RefPart<>(source, site);
    }

    private static Spliterator.OfInt ofInt(Spliterator.OfInt source, int site) {
        return source == null || source instanceof Part ? source : new IntPart(source, site);
    }

    private static Spliterator.OfLong ofLong(Spliterator.OfLong source, int site) {
        return source == null || source instanceof Part ? source : new LongPart(source, site);
    }

    private static Spliterator.OfDouble ofDouble(Spliterator.OfDouble source, int site) {
        return source == null || source instanceof Part ? source : new DoublePart(source, site);
    }

    /** A wrapped part of a source: it is its own sync object. */
    private abstract static class Part<T, S extends Spliterator<T>> implements Spliterator<T> {
        final S source;
        final int site;
        /** The thread that acquired the part last; a part is traversed by one thread at a time. */
        private Thread holder;

        Part(S source, int site) {
            this.source = source;
            this.site = site;
        }

        /** Acquires what the thread that split this part released, once per thread that takes the part over. */
        final S taken() {
            Thread current = Thread.currentThread();
            if (holder != current) {
                holder = current;
                Weft.acquired(this, site);
            }
            return source;
        }

        /** The other part of a split, wrapped, with both parts released into. */
        final <P extends Part<T, S>> P split(P other) {
            Weft.releasing(this, site);
            Weft.releasing(other, site);
            return other;
        }

        @Override
        public final long estimateSize() {
            return taken().estimateSize();
        }

        @Override
        public final long getExactSizeIfKnown() {
            return taken().getExactSizeIfKnown();
        }

        @Override
        public final int characteristics() {
            return taken().characteristics();
        }

        @Override
        public final boolean hasCharacteristics(int characteristics) {
            return taken().hasCharacteristics(characteristics);
        }

        @Override
        public final Comparator<? super T> getComparator() {
            return taken().getComparator();
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            return taken().tryAdvance(action);
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            taken().forEachRemaining(action);
        }
    }

    private static final class RefPart<T> extends Part<T, Spliterator<T>> {
        RefPart(Spliterator<T> source, int site) {
            super(source, site);
        }

        @Override
        public Spliterator<T> trySplit() {
            Spliterator<T> prefix = taken().trySplit();
            return prefix == null ? null : split(new RefPart<>(prefix, site));
        }
    }

    private static final class IntPart extends Part<Integer, Spliterator.OfInt> implements Spliterator.OfInt {
        IntPart(Spliterator.OfInt source, int site) {
            super(source, site);
        }

        @Override
        public Spliterator.OfInt trySplit() {
            Spliterator.OfInt prefix = taken().trySplit();
            return prefix == null ? null : split(new IntPart(prefix, site));
        }

        @Override
        public boolean tryAdvance(IntConsumer action) {
            return taken().tryAdvance(action);
        }

        @Override
        public void forEachRemaining(IntConsumer action) {
            taken().forEachRemaining(action);
        }

        @Override
        public boolean tryAdvance(Consumer<? super Integer> action) {
            return taken().tryAdvance(action);
        }

        @Override
        public void forEachRemaining(Consumer<? super Integer> action) {
            taken().forEachRemaining(action);
        }
    }

    private static final class LongPart extends Part<Long, Spliterator.OfLong> implements Spliterator.OfLong {
        LongPart(Spliterator.OfLong source, int site) {
            super(source, site);
        }

        @Override
        public Spliterator.OfLong trySplit() {
            Spliterator.OfLong prefix = taken().trySplit();
            return prefix == null ? null : split(new LongPart(prefix, site));
        }

        @Override
        public boolean tryAdvance(LongConsumer action) {
            return taken().tryAdvance(action);
        }

        @Override
        public void forEachRemaining(LongConsumer action) {
            taken().forEachRemaining(action);
        }

        @Override
        public boolean tryAdvance(Consumer<? super Long> action) {
            return taken().tryAdvance(action);
        }

        @Override
        public void forEachRemaining(Consumer<? super Long> action) {
            taken().forEachRemaining(action);
        }
    }

    private static final class DoublePart extends Part<Double, Spliterator.OfDouble> implements Spliterator.OfDouble {
        DoublePart(Spliterator.OfDouble source, int site) {
            super(source, site);
        }

        @Override
        public Spliterator.OfDouble trySplit() {
            Spliterator.OfDouble prefix = taken().trySplit();
            return prefix == null ? null : split(new DoublePart(prefix, site));
        }

        @Override
        public boolean tryAdvance(DoubleConsumer action) {
            return taken().tryAdvance(action);
        }

        @Override
        public void forEachRemaining(DoubleConsumer action) {
            taken().forEachRemaining(action);
        }

        @Override
        public boolean tryAdvance(Consumer<? super Double> action) {
            return taken().tryAdvance(action);
        }

        @Override
        public void forEachRemaining(Consumer<? super Double> action) {
            taken().forEachRemaining(action);
        }
    }
}
