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
import java.util.stream.BaseStream;
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
 * Once the pipeline is seen parallel, a part also releases what it made into the pipeline's first
 * {@linkplain SyncObjects.PipelinePhase phase} after each call that gives elements: a stateful operation
 * ({@code limit}, {@code sorted}...) may buffer them, and the JDK hands the buffer to other threads.
 *
 * <p>Made at the calls of application code that hand a spliterator to the JDK: {@code StreamSupport.stream},
 * {@code intStream}, {@code longStream}, {@code doubleStream} (given a spliterator or a supplier of one), and
 * {@code stream()}/{@code parallelStream()} of an application collection that keeps {@code Collection}'s own
 * (whose {@code spliterator()} the JDK calls), through its own class or a collection interface; and at {@code iterate} and {@code generate} of the four stream
 * types, whose source runs the application's functions, unwrapped (the stream is not parallel yet when they are
 * given), in the thread that splits it or in the worker its part was forked to: the stream is remade, sequential as
 * the JDK's, from the JDK's source wrapped. The wrapper's characteristics, comparator, sizes and elements are
 * the source's; only the spliterator's identity, which a stream does not show, changes.
 *
 * <p>The same calls of {@code stream()} and {@code parallelStream()} on a thread-safe JDK collection whose spliterator is
 * weakly consistent acquire the collection before each element ({@link #concurrentStream}), also on a JDK view that
 * passes {@code stream()} on ({@code Collections.unmodifiableCollection(map.values())}); so does {@code StreamSupport.stream}
 * of such a collection's spliterator.
 */
public final class HandedOffSpliterators {

    private HandedOffSpliterators() { }

    /** {@code StreamSupport.stream(spliterator, parallel)}. */
    public static <T> Stream<T> stream(Spliterator<T> spliterator, boolean parallel, int site) {
        SyncObjects.PipelinePhase phase = new SyncObjects.PipelinePhase(null, parallel);
        return sourced(StreamSupport.stream(of(acquiringIfConcurrent(spliterator, null, site), phase, site), parallel), phase);
    }

    /** {@code StreamSupport.stream(supplier, characteristics, parallel)}. */
    public static <T> Stream<T> stream(Supplier<? extends Spliterator<T>> supplier, int characteristics, boolean parallel,
            int site) {
        SyncObjects.PipelinePhase phase = new SyncObjects.PipelinePhase(null, parallel);
        return sourced(StreamSupport.stream(() -> of(supplier.get(), phase, site), characteristics, parallel), phase);
    }

    /** {@code StreamSupport.intStream(spliterator, parallel)}. */
    public static IntStream intStream(Spliterator.OfInt spliterator, boolean parallel, int site) {
        SyncObjects.PipelinePhase phase = new SyncObjects.PipelinePhase(null, parallel);
        return sourced(StreamSupport.intStream(ofInt(spliterator, phase, site), parallel), phase);
    }

    /** {@code StreamSupport.intStream(supplier, characteristics, parallel)}. */
    public static IntStream intStream(Supplier<? extends Spliterator.OfInt> supplier, int characteristics, boolean parallel,
            int site) {
        SyncObjects.PipelinePhase phase = new SyncObjects.PipelinePhase(null, parallel);
        return sourced(StreamSupport.intStream(() -> ofInt(supplier.get(), phase, site), characteristics, parallel), phase);
    }

    /** {@code StreamSupport.longStream(spliterator, parallel)}. */
    public static LongStream longStream(Spliterator.OfLong spliterator, boolean parallel, int site) {
        SyncObjects.PipelinePhase phase = new SyncObjects.PipelinePhase(null, parallel);
        return sourced(StreamSupport.longStream(ofLong(spliterator, phase, site), parallel), phase);
    }

    /** {@code StreamSupport.longStream(supplier, characteristics, parallel)}. */
    public static LongStream longStream(Supplier<? extends Spliterator.OfLong> supplier, int characteristics,
            boolean parallel, int site) {
        SyncObjects.PipelinePhase phase = new SyncObjects.PipelinePhase(null, parallel);
        return sourced(StreamSupport.longStream(() -> ofLong(supplier.get(), phase, site), characteristics, parallel), phase);
    }

    /** {@code StreamSupport.doubleStream(spliterator, parallel)}. */
    public static DoubleStream doubleStream(Spliterator.OfDouble spliterator, boolean parallel, int site) {
        SyncObjects.PipelinePhase phase = new SyncObjects.PipelinePhase(null, parallel);
        return sourced(StreamSupport.doubleStream(ofDouble(spliterator, phase, site), parallel), phase);
    }

    /** {@code StreamSupport.doubleStream(supplier, characteristics, parallel)}. */
    public static DoubleStream doubleStream(Supplier<? extends Spliterator.OfDouble> supplier, int characteristics,
            boolean parallel, int site) {
        SyncObjects.PipelinePhase phase = new SyncObjects.PipelinePhase(null, parallel);
        return sourced(StreamSupport.doubleStream(() -> ofDouble(supplier.get(), phase, site), characteristics, parallel), phase);
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
        return stream(made.spliterator(), false, site);
    }

    private static IntStream resourced(IntStream made, int site) {
        return intStream(made.spliterator(), false, site);
    }

    private static LongStream resourced(LongStream made, int site) {
        return longStream(made.spliterator(), false, site);
    }

    private static DoubleStream resourced(DoubleStream made, int site) {
        return doubleStream(made.spliterator(), false, site);
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
     * {@link #parallelStream} when it is one of those, as {@link #concurrentStream} when it is a JDK collection's that
     * keeps {@code Collection}'s own; else {@code call} itself.
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
            MethodHandle keepsDefault = lookup.findStatic(HandedOffSpliterators.class, "keepsDefault",
                    MethodType.methodType(boolean.class, Collection.class, ClassValue.class));
            MethodHandle keeps = MethodHandles.insertArguments(keepsDefault, 1, name.equals("stream") ? KEEPS_STREAM : KEEPS_PARALLEL_STREAM);
            MethodHandle concurrent = MethodHandles.insertArguments(lookup.findStatic(HandedOffSpliterators.class,
                    "concurrentStream", MethodType.methodType(Stream.class, Collection.class, boolean.class, int.class)),
                    1, name.equals("parallelStream"), site);
            MethodHandle jdkKeeps = MethodHandles.insertArguments(lookup.findStatic(HandedOffSpliterators.class, "mayBeConcurrent",
                    MethodType.methodType(boolean.class, Collection.class, ClassValue.class)), 1,
                    name.equals("stream") ? JDK_KEEPS_STREAM : JDK_KEEPS_PARALLEL_STREAM);
            MethodHandle jdks = MethodHandles.guardWithTest(jdkKeeps.asType(type.changeReturnType(boolean.class)),
                    concurrent.asType(type), call);
            return MethodHandles.guardWithTest(keeps.asType(type.changeReturnType(boolean.class)), own.asType(type), jdks);
        } catch (ReflectiveOperationException e) {
            return call;
        }
    }

    /** {@code stream}, whose elements its source makes, begins its pipeline's first {@code phase}. */
    private static <S extends BaseStream<?, S>> S sourced(S stream, SyncObjects.PipelinePhase phase) {
        SyncObjects.sharePhase(stream, phase);
        return stream;
    }

    private static Stream<?> ownStream(Collection<?> collection, int site) {
        return stream(collection.spliterator(), false, site);
    }

    private static Stream<?> ownParallelStream(Collection<?> collection, int site) {
        return stream(collection.spliterator(), true, site);
    }

    private static final ClassValue<Boolean> KEEPS_STREAM = keepingDefault("stream", false);
    private static final ClassValue<Boolean> KEEPS_PARALLEL_STREAM = keepingDefault("parallelStream", false);
    private static final ClassValue<Boolean> JDK_KEEPS_STREAM = keepingDefault("stream", true);
    private static final ClassValue<Boolean> JDK_KEEPS_PARALLEL_STREAM = keepingDefault("parallelStream", true);

    /**
     * {@code collection.stream()} or {@code parallelStream()} of a JDK collection that keeps {@code Collection}'s own:
     * as the JDK makes it, but when the collection synchronizes and its spliterator is {@code CONCURRENT} (weakly
     * consistent: a {@code ConcurrentHashMap}'s views, a {@code ConcurrentLinkedQueue}, a {@code LinkedBlockingQueue}...),
     * each element it gives is preceded by an acquire of the collection's sync object, as its iterator's {@code next()}
     * would be: the stream may meet an element another thread put after the stream was made, and the put is ordered
     * before that read. A snapshot's spliterator ({@code CopyOnWriteArrayList}'s) gives what the call saw, and is left as it is.
     */
    private static <T> Stream<T> concurrentStream(Collection<T> collection, boolean parallel, int site) {
        if (!keepsDefault(collection, parallel ? JDK_KEEPS_PARALLEL_STREAM : JDK_KEEPS_STREAM)) {
            Spliterator<T> source = collection.spliterator(); // a view that passes stream() on: Collections.unmodifiableCollection(map.values())
            Spliterator<T> acquiring = acquiringIfConcurrent(source, collection, site);
            return acquiring == source ? (parallel ? collection.parallelStream() : collection.stream()) : StreamSupport.stream(acquiring, parallel);
        }
        return StreamSupport.stream(acquiringIfConcurrent(collection.spliterator(), collection, site), parallel);
    }

    /**
     * Whether {@code collection.stream()} (or {@code parallelStream()}, by {@code keeps}) is made by {@link #concurrentStream}: a JDK
     * collection that keeps {@code Collection}'s own, or one that synchronizes and overrides it (a view that passes the call on).
     */
    private static boolean mayBeConcurrent(Collection<?> collection, ClassValue<Boolean> keeps) {
        return collection != null && collection.getClass().getClassLoader() == null
                && (keeps.get(collection.getClass()) || SyncObjects.of(collection) != null);
    }

    /**
     * {@code source}, or, when it is a weakly consistent spliterator of a thread-safe collection ({@code collection}, or the
     * one it came from when {@code null}), a wrapper whose elements each acquire that collection's sync object. Weakly
     * consistent: {@code CONCURRENT}, or of a class of {@code java.util.concurrent} (its own, the collection's or that of
     * the collection whose sync object a view shares) and not {@code IMMUTABLE}: a {@code ConcurrentSkipListMap}'s
     * {@code subMap} views, whose spliterator does not say {@code CONCURRENT}, traverse the live map too, and so does the
     * iterator spliterator of a concurrent deque's {@code reversed()} view (JDK 21); a {@code CopyOnWriteArrayList}'s is a
     * snapshot.
     */
    private static <T> Spliterator<T> acquiringIfConcurrent(Spliterator<T> source, Collection<T> collection, int site) {
        Object sync = SyncObjects.of(collection == null ? source : collection);
        if (sync == null || source == null || source.hasCharacteristics(Spliterator.IMMUTABLE)) {
            return source;
        }
        boolean concurrent = source.hasCharacteristics(Spliterator.CONCURRENT) || OF_CONCURRENT.get(source.getClass())
                || collection != null && OF_CONCURRENT.get(collection.getClass()) || OF_CONCURRENT.get(sync.getClass());
        return concurrent ? new Acquiring<>(source, sync, site) : source;
    }

    /** Whether a class is the JDK's, of {@code java.util.concurrent}. */
    private static final ClassValue<Boolean> OF_CONCURRENT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.getClassLoader() == null && type.getName().startsWith("java.util.concurrent.");
        }
    };

    /** A weakly consistent spliterator of a thread-safe collection whose elements each acquire the collection's sync object. */
    private static final class Acquiring<T> implements Spliterator<T> {
        private final Spliterator<T> source;
        private final Object sync;
        private final int site;

        Acquiring(Spliterator<T> source, Object sync, int site) {
            this.source = source;
            this.sync = sync;
            this.site = site;
        }

        private Consumer<T> acquiring(Consumer<? super T> action) {
            return element -> {
                SyncObjects.acquire(sync, site);
                action.accept(element);
            };
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            return source.tryAdvance(acquiring(action));
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            source.forEachRemaining(acquiring(action));
        }

        @Override
        public Spliterator<T> trySplit() {
            Spliterator<T> prefix = source.trySplit();
            return prefix == null ? null : new Acquiring<>(prefix, sync, site);
        }

        @Override
        public long estimateSize() {
            return source.estimateSize();
        }

        @Override
        public long getExactSizeIfKnown() {
            return source.getExactSizeIfKnown();
        }

        @Override
        public int characteristics() {
            return source.characteristics();
        }

        @Override
        public Comparator<? super T> getComparator() {
            return source.getComparator();
        }
    }

    /** Whether {@code collection} is of a class that keeps {@code Collection}'s own method (an application's, or a JDK's, by {@code keeps}). */
    private static boolean keepsDefault(Collection<?> collection, ClassValue<Boolean> keeps) {
        return collection != null && keeps.get(collection.getClass()); // a null receiver throws at the JDK's own call
    }

    private static ClassValue<Boolean> keepingDefault(String name, boolean jdk) {
        return new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                try {
                    return (type.getClassLoader() == null) == jdk && type.getMethod(name).getDeclaringClass() == Collection.class;
                } catch (NoSuchMethodException | SecurityException e) {
                    return false;
                }
            }
        };
    }

    private static <T> Spliterator<T> of(Spliterator<T> source, SyncObjects.PipelinePhase phase, int site) {
        return source == null || source instanceof Part ? source : new RefPart<>(source, phase, site);
    }

    private static Spliterator.OfInt ofInt(Spliterator.OfInt source, SyncObjects.PipelinePhase phase, int site) {
        return source == null || source instanceof Part ? source : new IntPart(source, phase, site);
    }

    private static Spliterator.OfLong ofLong(Spliterator.OfLong source, SyncObjects.PipelinePhase phase, int site) {
        return source == null || source instanceof Part ? source : new LongPart(source, phase, site);
    }

    private static Spliterator.OfDouble ofDouble(Spliterator.OfDouble source, SyncObjects.PipelinePhase phase, int site) {
        return source == null || source instanceof Part ? source : new DoublePart(source, phase, site);
    }

    /** A wrapped part of a source: it is its own sync object. */
    private abstract static class Part<T, S extends Spliterator<T>> implements Spliterator<T> {
        final S source;
        /** The first phase of the pipeline the source begins, into which the elements it made are released. */
        final SyncObjects.PipelinePhase phase;
        final int site;
        /** The thread that acquired the part last; a part is traversed by one thread at a time. */
        private Thread holder;

        Part(S source, SyncObjects.PipelinePhase phase, int site) {
            this.source = source;
            this.phase = phase;
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

        /**
         * After the part made elements ({@code advanced} is what its source's call returned): in a parallel pipeline,
         * releases them into its first phase, which the functions after a stateful operation acquire (the JDK may
         * buffer the elements, then hand the buffer to other threads).
         */
        final boolean made(boolean advanced) {
            if (phase.parallel) {
                Weft.releasing(phase, site);
            }
            return advanced;
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
            return made(taken().tryAdvance(action));
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            taken().forEachRemaining(action);
            made(true);
        }
    }

    private static final class RefPart<T> extends Part<T, Spliterator<T>> {
        RefPart(Spliterator<T> source, SyncObjects.PipelinePhase phase, int site) {
            super(source, phase, site);
        }

        @Override
        public Spliterator<T> trySplit() {
            Spliterator<T> prefix = taken().trySplit();
            return prefix == null ? null : split(new RefPart<>(prefix, phase, site));
        }
    }

    private static final class IntPart extends Part<Integer, Spliterator.OfInt> implements Spliterator.OfInt {
        IntPart(Spliterator.OfInt source, SyncObjects.PipelinePhase phase, int site) {
            super(source, phase, site);
        }

        @Override
        public Spliterator.OfInt trySplit() {
            Spliterator.OfInt prefix = taken().trySplit();
            return prefix == null ? null : split(new IntPart(prefix, phase, site));
        }

        @Override
        public boolean tryAdvance(IntConsumer action) {
            return made(taken().tryAdvance(action));
        }

        @Override
        public void forEachRemaining(IntConsumer action) {
            taken().forEachRemaining(action);
            made(true);
        }

        @Override
        public boolean tryAdvance(Consumer<? super Integer> action) {
            return made(taken().tryAdvance(action));
        }

        @Override
        public void forEachRemaining(Consumer<? super Integer> action) {
            taken().forEachRemaining(action);
            made(true);
        }
    }

    private static final class LongPart extends Part<Long, Spliterator.OfLong> implements Spliterator.OfLong {
        LongPart(Spliterator.OfLong source, SyncObjects.PipelinePhase phase, int site) {
            super(source, phase, site);
        }

        @Override
        public Spliterator.OfLong trySplit() {
            Spliterator.OfLong prefix = taken().trySplit();
            return prefix == null ? null : split(new LongPart(prefix, phase, site));
        }

        @Override
        public boolean tryAdvance(LongConsumer action) {
            return made(taken().tryAdvance(action));
        }

        @Override
        public void forEachRemaining(LongConsumer action) {
            taken().forEachRemaining(action);
            made(true);
        }

        @Override
        public boolean tryAdvance(Consumer<? super Long> action) {
            return made(taken().tryAdvance(action));
        }

        @Override
        public void forEachRemaining(Consumer<? super Long> action) {
            taken().forEachRemaining(action);
            made(true);
        }
    }

    private static final class DoublePart extends Part<Double, Spliterator.OfDouble> implements Spliterator.OfDouble {
        DoublePart(Spliterator.OfDouble source, SyncObjects.PipelinePhase phase, int site) {
            super(source, phase, site);
        }

        @Override
        public Spliterator.OfDouble trySplit() {
            Spliterator.OfDouble prefix = taken().trySplit();
            return prefix == null ? null : split(new DoublePart(prefix, phase, site));
        }

        @Override
        public boolean tryAdvance(DoubleConsumer action) {
            return made(taken().tryAdvance(action));
        }

        @Override
        public void forEachRemaining(DoubleConsumer action) {
            taken().forEachRemaining(action);
            made(true);
        }

        @Override
        public boolean tryAdvance(Consumer<? super Double> action) {
            return made(taken().tryAdvance(action));
        }

        @Override
        public void forEachRemaining(Consumer<? super Double> action) {
            taken().forEachRemaining(action);
            made(true);
        }
    }
}
