package dev.weft.runtime;

import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoublePredicate;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;
import java.util.stream.BaseStream;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The four kinds of stream ({@code Stream}, {@code IntStream}, {@code LongStream}, {@code DoubleStream}), with
 * the types of their terminal operations' functions and results, and adapters from those to functions of boxed
 * elements: {@link ParallelStreams} does each operation once, on the boxed elements of a part.
 */
enum StreamKind {
    REFERENCE(Stream.class, Consumer.class, Predicate.class, BinaryOperator.class, BiConsumer.class,
            Optional.class, Object[].class),
    INT(IntStream.class, IntConsumer.class, IntPredicate.class, IntBinaryOperator.class, ObjIntConsumer.class,
            OptionalInt.class, int[].class),
    LONG(LongStream.class, LongConsumer.class, LongPredicate.class, LongBinaryOperator.class, ObjLongConsumer.class,
            OptionalLong.class, long[].class),
    DOUBLE(DoubleStream.class, DoubleConsumer.class, DoublePredicate.class, DoubleBinaryOperator.class,
            ObjDoubleConsumer.class, OptionalDouble.class, double[].class);

    /** What a part that found nothing returns, and what an empty reduction is. */
    static final Object NONE = new Object();

    final Class<?> stream;
    final Class<?> consumer;
    final Class<?> predicate;
    final Class<?> operator;
    final Class<?> accumulator;
    final Class<?> optional;
    final Class<?> array;

    StreamKind(Class<?> stream, Class<?> consumer, Class<?> predicate, Class<?> operator, Class<?> accumulator,
               Class<?> optional, Class<?> array) {
        this.stream = stream;
        this.consumer = consumer;
        this.predicate = predicate;
        this.operator = operator;
        this.accumulator = accumulator;
        this.optional = optional;
        this.array = array;
    }

    static StreamKind of(BaseStream<?, ?> stream) {
        return stream instanceof IntStream ? INT : stream instanceof LongStream ? LONG
                : stream instanceof DoubleStream ? DOUBLE : REFERENCE;
    }

    @SuppressWarnings("unchecked")
    Consumer<Object> consumer(Object action) {
        Objects.requireNonNull(action);
        return switch (this) {
            case REFERENCE -> (Consumer<Object>) action;
            case INT -> e -> ((IntConsumer) action).accept((Integer) e);
            case LONG -> e -> ((LongConsumer) action).accept((Long) e);
            case DOUBLE -> e -> ((DoubleConsumer) action).accept((Double) e);
        };
    }

    @SuppressWarnings("unchecked")
    Predicate<Object> predicate(Object test) {
        Objects.requireNonNull(test);
        return switch (this) {
            case REFERENCE -> (Predicate<Object>) test;
            case INT -> e -> ((IntPredicate) test).test((Integer) e);
            case LONG -> e -> ((LongPredicate) test).test((Long) e);
            case DOUBLE -> e -> ((DoublePredicate) test).test((Double) e);
        };
    }

    @SuppressWarnings("unchecked")
    BinaryOperator<Object> operator(Object op) {
        Objects.requireNonNull(op);
        return switch (this) {
            case REFERENCE -> (BinaryOperator<Object>) op;
            case INT -> (a, b) -> ((IntBinaryOperator) op).applyAsInt((Integer) a, (Integer) b);
            case LONG -> (a, b) -> ((LongBinaryOperator) op).applyAsLong((Long) a, (Long) b);
            case DOUBLE -> (a, b) -> ((DoubleBinaryOperator) op).applyAsDouble((Double) a, (Double) b);
        };
    }

    @SuppressWarnings("unchecked")
    BiConsumer<Object, Object> accumulator(Object accumulate) {
        Objects.requireNonNull(accumulate);
        return switch (this) {
            case REFERENCE -> (BiConsumer<Object, Object>) accumulate;
            case INT -> (c, e) -> ((ObjIntConsumer<Object>) accumulate).accept(c, (Integer) e);
            case LONG -> (c, e) -> ((ObjLongConsumer<Object>) accumulate).accept(c, (Long) e);
            case DOUBLE -> (c, e) -> ((ObjDoubleConsumer<Object>) accumulate).accept(c, (Double) e);
        };
    }

    /** {@code min()} of a primitive stream: the JDK's {@code reduce(Math::min)}. */
    BinaryOperator<Object> min() {
        return switch (this) {
            case INT -> (a, b) -> Math.min((Integer) a, (Integer) b);
            case LONG -> (a, b) -> Math.min((Long) a, (Long) b);
            default -> (a, b) -> Math.min((Double) a, (Double) b);
        };
    }

    /** {@code max()} of a primitive stream: the JDK's {@code reduce(Math::max)}. */
    BinaryOperator<Object> max() {
        return switch (this) {
            case INT -> (a, b) -> Math.max((Integer) a, (Integer) b);
            case LONG -> (a, b) -> Math.max((Long) a, (Long) b);
            default -> (a, b) -> Math.max((Double) a, (Double) b);
        };
    }

    /** A new summary of a primitive stream's elements, as {@code summaryStatistics()} makes. */
    Object statistics() {
        return switch (this) {
            case INT -> new IntSummaryStatistics();
            case LONG -> new LongSummaryStatistics();
            default -> new DoubleSummaryStatistics();
        };
    }

    /** Adds an element to a summary of {@link #statistics()}. */
    void accept(Object statistics, Object element) {
        switch (this) {
            case INT -> ((IntSummaryStatistics) statistics).accept((Integer) element);
            case LONG -> ((LongSummaryStatistics) statistics).accept((Long) element);
            default -> ((DoubleSummaryStatistics) statistics).accept((Double) element);
        }
    }

    /** Adds {@code right}'s summary to {@code left}'s. */
    void combine(Object left, Object right) {
        switch (this) {
            case INT -> ((IntSummaryStatistics) left).combine((IntSummaryStatistics) right);
            case LONG -> ((LongSummaryStatistics) left).combine((LongSummaryStatistics) right);
            default -> ((DoubleSummaryStatistics) left).combine((DoubleSummaryStatistics) right);
        }
    }

    /** The optional of this kind holding {@code value}, or an empty one for {@link #NONE}. */
    Object optional(Object value) {
        boolean empty = value == NONE;
        return switch (this) {
            case REFERENCE -> empty ? Optional.empty() : Optional.of(value);
            case INT -> empty ? OptionalInt.empty() : OptionalInt.of((Integer) value);
            case LONG -> empty ? OptionalLong.empty() : OptionalLong.of((Long) value);
            case DOUBLE -> empty ? OptionalDouble.empty() : OptionalDouble.of((Double) value);
        };
    }

    /** {@code toArray()} of the elements, boxed in {@code elements}. */
    Object array(List<Object> elements) {
        return switch (this) {
            case REFERENCE -> elements.toArray();
            case INT -> elements.stream().mapToInt(Integer.class::cast).toArray();
            case LONG -> elements.stream().mapToLong(Long.class::cast).toArray();
            case DOUBLE -> elements.stream().mapToDouble(Double.class::cast).toArray();
        };
    }
}
