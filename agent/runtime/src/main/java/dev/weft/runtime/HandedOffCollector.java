package dev.weft.runtime;

import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * A {@link Collector} given to a parallel stream's {@code collect}, whose functions are wrapped as
 * {@link HandedOffTask}s: they run in the common pool's threads, and the functions a collector is made of
 * ({@code groupingBy}'s classifier, {@code toMap}'s key and value mappers, {@code Collector.of}'s
 * accumulator) run inside its accumulator. The supplier and the accumulator acquire {@code starts} when
 * they begin; the combiner and the finisher, which take containers filled in other threads, acquire
 * {@code combining}; each releases {@code ends} when it ends. The characteristics are the collector's.
 */
final class HandedOffCollector<T, A, R> implements Collector<T, A, R> {

    private final Collector<T, A, R> collector;
    private final Object[] starts;
    private final Object[] combining;
    private final Object[] ends;
    private final int site;

    HandedOffCollector(Collector<T, A, R> collector, Object[] starts, Object[] combining, Object[] ends, int site) {
        this.collector = collector;
        this.starts = starts;
        this.combining = combining;
        this.ends = ends;
        this.site = site;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Supplier<A> supplier() {
        return (Supplier<A>) HandedOffTask.wrap(Supplier.class, collector.supplier(), starts, ends, site);
    }

    @Override
    @SuppressWarnings("unchecked")
    public BiConsumer<A, T> accumulator() {
        return (BiConsumer<A, T>) HandedOffTask.wrap(BiConsumer.class, collector.accumulator(), starts, ends, site);
    }

    @Override
    @SuppressWarnings("unchecked")
    public BinaryOperator<A> combiner() {
        return (BinaryOperator<A>) HandedOffTask.wrapFunction(BinaryOperator.class, collector.combiner(), combining, ends, site);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Function<A, R> finisher() {
        return (Function<A, R>) HandedOffTask.wrap(Function.class, collector.finisher(), combining, ends, site);
    }

    @Override
    public Set<Characteristics> characteristics() {
        return collector.characteristics();
    }

    @Override
    public String toString() {
        return collector.toString();
    }
}
