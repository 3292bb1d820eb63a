package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The terminal operations of parallel streams as {@link ParallelStreams} makes them in a controlled run, here
 * without a scheduler: the JDK's results, every element once, in the model's threads and the caller, never a JDK pool's; only pipelines
 * without a stateful operation are taken.
 */
class ParallelStreamsTest {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private static MethodHandle forEach(Class<?> stream, Class<?> action) throws ReflectiveOperationException {
        MethodType type = MethodType.methodType(void.class, stream, action);
        return ParallelStreams.inModel("forEach", type, LOOKUP.findVirtual(stream, "forEach", type.dropParameterTypes(0, 1)), 0);
    }

    @Test
    void theElementsOfAParallelPipelineAreEachSeenOnceAndNeverInAJdkPool() throws Throwable {
        Set<Thread> ranIn = ConcurrentHashMap.newKeySet();
        AtomicLong sum = new AtomicLong();
        Consumer<Integer> action = n -> {
            ranIn.add(Thread.currentThread());
            sum.addAndGet(n);
        };
        Stream<Integer> stream = IntStream.rangeClosed(1, 1000).boxed().toList().parallelStream().map(n -> n * 2);
        forEach(Stream.class, Consumer.class).invoke(stream, action);
        assertEquals(1001000L, sum.get());
        assertTrue(ranIn.stream().noneMatch(t -> t instanceof ForkJoinWorkerThread), ranIn.toString());
    }

    @Test
    void primitiveStreamsTakeTheirOwnConsumers() throws Throwable {
        AtomicLong sum = new AtomicLong();
        IntConsumer action = sum::addAndGet;
        forEach(IntStream.class, IntConsumer.class).invoke(IntStream.range(0, 100).parallel(), action);
        assertEquals(4950L, sum.get());
    }

    @Test
    void reductionsAndCollectionsGiveTheJdksResultsInEncounterOrderNeverInAJdkPool() throws Throwable {
        List<Integer> numbers = IntStream.rangeClosed(1, 1000).boxed().toList();
        Set<Thread> ranIn = ConcurrentHashMap.newKeySet();
        BinaryOperator<Integer> sum = (a, b) -> {
            ranIn.add(Thread.currentThread());
            return a + b;
        };
        assertEquals(500500, operation("reduce", Object.class, Object.class, BinaryOperator.class)
                .invoke(numbers.parallelStream(), 0, sum));
        assertEquals(Optional.of(500500), operation("reduce", Optional.class, BinaryOperator.class)
                .invoke(numbers.parallelStream(), sum));
        assertEquals(numbers.stream().map(n -> n * 2).toList(), operation("collect", Object.class, Collector.class)
                .invoke(numbers.parallelStream().map(n -> n * 2), Collectors.toList()));
        Supplier<List<Integer>> lists = ArrayList::new;
        BiConsumer<List<Integer>, Integer> add = List::add;
        BiConsumer<List<Integer>, List<Integer>> addAll = List::addAll;
        assertEquals(numbers, operation("collect", Object.class, Supplier.class, BiConsumer.class, BiConsumer.class)
                .invoke(numbers.parallelStream(), lists, add, addAll));
        assertTrue(ranIn.stream().noneMatch(t -> t instanceof ForkJoinWorkerThread), ranIn.toString());
    }

    private static MethodHandle operation(String name, Class<?> returned, Class<?>... parameters)
            throws ReflectiveOperationException {
        MethodType type = MethodType.methodType(returned, parameters);
        return ParallelStreams.inModel(name, type.insertParameterTypes(0, Stream.class),
                LOOKUP.findVirtual(Stream.class, name, type), 0);
    }

    @Test
    void sumsOfIntAndLongStreamsAreTheJdks() throws Throwable {
        MethodType intSum = MethodType.methodType(int.class, IntStream.class);
        assertEquals(15150, ParallelStreams.inModel("sum", intSum, LOOKUP.findVirtual(IntStream.class, "sum",
                intSum.dropParameterTypes(0, 1)), 0).invoke(IntStream.rangeClosed(1, 100).parallel().map(n -> n * 3)));
        MethodType longSum = MethodType.methodType(long.class, LongStream.class);
        assertEquals(5000050000L, ParallelStreams.inModel("sum", longSum, LOOKUP.findVirtual(LongStream.class, "sum",
                longSum.dropParameterTypes(0, 1)), 0).invoke(LongStream.rangeClosed(1, 100_000).parallel()));
    }

    @Test
    void parallelSetAllSetsEachElementOnceNeverInAJdkPool() throws Throwable {
        Set<Thread> ranIn = ConcurrentHashMap.newKeySet();
        IntUnaryOperator square = i -> {
            ranIn.add(Thread.currentThread());
            return i * i;
        };
        MethodType type = MethodType.methodType(void.class, int[].class, IntUnaryOperator.class);
        int[] squares = new int[1000];
        ParallelArrays.inModel("parallelSetAll", type, LOOKUP.findStatic(Arrays.class, "parallelSetAll", type), 0)
                .invoke(squares, square);
        assertArrayEquals(IntStream.range(0, 1000).map(i -> i * i).toArray(), squares);
        assertTrue(ranIn.stream().noneMatch(t -> t instanceof ForkJoinWorkerThread), ranIn.toString());
    }

    @Test
    void onlyParallelPipelinesWithoutAStatefulOperationAreTaken() {
        List<Integer> numbers = List.of(3, 1, 2);
        assertTrue(ParallelStreams.isModelled(numbers.parallelStream()));
        assertTrue(ParallelStreams.isModelled(numbers.parallelStream().map(n -> n + 1).filter(n -> n > 1)));
        assertFalse(ParallelStreams.isModelled(numbers.parallelStream().sorted()));
        assertFalse(ParallelStreams.isModelled(numbers.parallelStream().map(n -> n + 1).distinct().map(n -> n)));
        assertFalse(ParallelStreams.isModelled(numbers.stream()));
    }
}
