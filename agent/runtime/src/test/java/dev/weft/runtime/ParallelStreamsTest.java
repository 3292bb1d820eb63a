package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongBinaryOperator;
import java.util.function.LongPredicate;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.stream.DoubleStream;
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

    /** The model's stand-in of {@code on.name(parameters)} returning {@code returned}, or the JDK's call. */
    private static MethodHandle operation(Class<?> on, String name, Class<?> returned, Class<?>... parameters)
            throws ReflectiveOperationException {
        MethodType type = MethodType.methodType(returned, parameters);
        MethodHandle jdk = LOOKUP.findVirtual(on, name, type);
        MethodHandle inModel = ParallelStreams.inModel(name, type.insertParameterTypes(0, on), jdk, 0);
        assertNotSame(jdk, inModel, name + type);
        return inModel;
    }

    @Test
    void everyOtherTerminalOperationIsTakenAndGivesTheJdksResult() throws Throwable {
        List<Integer> numbers = IntStream.rangeClosed(1, 1000).boxed().toList();
        Set<Thread> ranIn = ConcurrentHashMap.newKeySet();
        Function<Integer, Integer> twice = n -> {
            ranIn.add(Thread.currentThread());
            return n * 2;
        };
        List<Integer> doubled = numbers.stream().map(twice).toList();
        Comparator<Integer> byRest = Comparator.comparing(n -> n % 7);
        List<Object[]> cases = List.of(
                new Object[] {Stream.class, "toArray", Object[].class, List.of(), doubled.toArray()},
                new Object[] {Stream.class, "toArray", Object[].class, List.of((IntFunction<Integer[]>) Integer[]::new),
                    doubled.toArray(new Integer[0])},
                new Object[] {Stream.class, "toList", List.class, List.of(), doubled},
                new Object[] {Stream.class, "min", Optional.class, List.of(byRest), Optional.of(14)},
                new Object[] {Stream.class, "max", Optional.class, List.of(byRest), Optional.of(6)},
                new Object[] {Stream.class, "count", long.class, List.of(), 1000L},
                new Object[] {Stream.class, "anyMatch", boolean.class, List.of((Predicate<Integer>) n -> n == 1200), true},
                new Object[] {Stream.class, "allMatch", boolean.class, List.of((Predicate<Integer>) n -> n <= 2000), true},
                new Object[] {Stream.class, "allMatch", boolean.class, List.of((Predicate<Integer>) n -> n < 1990), false},
                new Object[] {Stream.class, "noneMatch", boolean.class, List.of((Predicate<Integer>) n -> n == 3), true},
                new Object[] {Stream.class, "findFirst", Optional.class, List.of(), Optional.of(2)});
        for (Object[] c : cases) {
            List<Object> arguments = new ArrayList<>(List.of(numbers.parallelStream().map(twice)));
            arguments.addAll((List<?>) c[3]);
            Class<?>[] parameters = ((List<?>) c[3]).stream().map(a -> a instanceof Comparator ? Comparator.class
                    : a instanceof Predicate ? Predicate.class : IntFunction.class).toArray(Class<?>[]::new);
            Object result = operation((Class<?>) c[0], (String) c[1], (Class<?>) c[2], parameters).invokeWithArguments(arguments);
            if (result instanceof Object[] array) {
                assertArrayEquals((Object[]) c[4], array, (String) c[1]);
                assertEquals(c[4].getClass(), array.getClass());
            } else {
                assertEquals(c[4], result, c[1] + " " + c[3]);
            }
        }
        assertTrue(numbers.parallelStream().toList().getClass()
                == operation(Stream.class, "toList", List.class).invoke(numbers.parallelStream().map(twice)).getClass());
        assertTrue(ranIn.stream().noneMatch(t -> t instanceof ForkJoinWorkerThread), ranIn.toString());
    }

    @Test
    void primitiveStreamsReduceSummarizeSearchAndCountAsTheJdks() throws Throwable {
        MethodHandle toArray = operation(IntStream.class, "toArray", int[].class);
        assertArrayEquals(IntStream.range(0, 500).map(n -> n * 3).toArray(),
                (int[]) toArray.invoke(IntStream.range(0, 500).parallel().map(n -> n * 3)));
        assertEquals(OptionalInt.of(-7), operation(IntStream.class, "min", OptionalInt.class)
                .invoke(IntStream.range(-7, 500).parallel()));
        assertEquals(OptionalLong.of(499), operation(LongStream.class, "max", OptionalLong.class)
                .invoke(LongStream.range(-7, 500).parallel()));
        assertEquals(OptionalDouble.of(249.5), operation(IntStream.class, "average", OptionalDouble.class)
                .invoke(IntStream.range(0, 500).parallel()));
        assertEquals(OptionalDouble.empty(), operation(LongStream.class, "average", OptionalDouble.class)
                .invoke(LongStream.range(0, 0).parallel()));
        assertEquals(IntStream.range(0, 500).summaryStatistics().toString(),
                operation(IntStream.class, "summaryStatistics", IntSummaryStatistics.class)
                        .invoke(IntStream.range(0, 500).parallel()).toString());
        double[] values = DoubleStream.iterate(0.1, d -> d * 1.37).limit(300).toArray();
        assertEquals(Arrays.stream(values).parallel().summaryStatistics().toString(),
                operation(DoubleStream.class, "summaryStatistics", DoubleSummaryStatistics.class)
                        .invoke(Arrays.stream(values).parallel()).toString());
        DoubleBinaryOperator plus = Double::sum;
        assertEquals(Arrays.stream(values).parallel().reduce(0, plus), (double) operation(DoubleStream.class, "reduce",
                double.class, double.class, DoubleBinaryOperator.class).invoke(Arrays.stream(values).parallel(), 0, plus));
        assertEquals(124750L, (long) operation(LongStream.class, "reduce", long.class, long.class, LongBinaryOperator.class)
                .invoke(LongStream.range(0, 500).parallel(), 0L, (LongBinaryOperator) Long::sum));
        assertEquals(500L, (long) operation(IntStream.class, "count", long.class)
                .invoke(IntStream.range(0, 1000).parallel().filter(n -> n % 2 == 0)));
        assertEquals(true, (boolean) operation(LongStream.class, "anyMatch", boolean.class, LongPredicate.class)
                .invoke(LongStream.range(0, 1000).parallel(), (LongPredicate) n -> n == 999));
        assertEquals(OptionalInt.of(31), operation(IntStream.class, "findFirst", OptionalInt.class)
                .invoke(IntStream.range(0, 1000).parallel().filter(n -> n > 30)));
        assertTrue(((OptionalInt) operation(IntStream.class, "findAny", OptionalInt.class)
                .invoke(IntStream.range(0, 1000).parallel().filter(n -> n > 30))).getAsInt() > 30);
        assertEquals(OptionalInt.of(11), operation(IntStream.class, "findFirst", OptionalInt.class)
                .invoke(IntStream.iterate(0, n -> n + 1).parallel().filter(n -> n > 10)), "an infinite stream");
        List<Integer> seen = new ArrayList<>();
        operation(IntStream.class, "forEachOrdered", void.class, IntConsumer.class)
                .invoke(IntStream.range(0, 300).parallel().map(n -> n + 1), (IntConsumer) seen::add);
        assertEquals(IntStream.rangeClosed(1, 300).boxed().toList(), seen);
        assertEquals(IntStream.range(0, 400).boxed().toList().toString(), operation(IntStream.class, "collect", Object.class,
                Supplier.class, ObjIntConsumer.class, BiConsumer.class).invoke(IntStream.range(0, 400).parallel(),
                (Supplier<List<Integer>>) ArrayList::new, (ObjIntConsumer<List<Integer>>) List::add,
                (BiConsumer<List<Integer>, List<Integer>>) List::addAll).toString());
    }

    @Test
    void aDoubleStreamsSumKeepsTheJdksCall() throws Throwable {
        MethodType type = MethodType.methodType(double.class, DoubleStream.class);
        MethodHandle jdk = LOOKUP.findVirtual(DoubleStream.class, "sum", MethodType.methodType(double.class));
        assertTrue(jdk == ParallelStreams.inModel("sum", type, jdk, 0));
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

    private static MethodHandle arrays(String name, Class<?>... parameters) throws ReflectiveOperationException {
        MethodType type = MethodType.methodType(void.class, parameters);
        MethodHandle jdk = LOOKUP.findStatic(Arrays.class, name, type);
        MethodHandle inModel = ParallelArrays.inModel(name, type, jdk, 0);
        assertNotSame(jdk, inModel, name + type);
        return inModel;
    }

    @Test
    void parallelSortsGiveTheJdksOrderTheirComparatorsNeverInAJdkPool() throws Throwable {
        Set<Thread> ranIn = ConcurrentHashMap.newKeySet();
        Comparator<Integer> byTens = (a, b) -> {
            ranIn.add(Thread.currentThread());
            return Integer.compare(a / 10, b / 10);
        };
        Integer[] numbers = new java.util.Random(7).ints(30_000, 0, 100_000).boxed().toArray(Integer[]::new);
        Integer[] expected = numbers.clone();
        Arrays.parallelSort(expected, Comparator.comparing(n -> n / 10));
        Integer[] sorted = numbers.clone();
        arrays("parallelSort", Object[].class, Comparator.class).invoke(sorted, byTens);
        assertArrayEquals(expected, sorted); // stable: the equal ones in their first order
        Integer[] natural = numbers.clone();
        arrays("parallelSort", Comparable[].class, int.class, int.class).invoke(natural, 100, 20_000);
        Integer[] naturalExpected = numbers.clone();
        Arrays.parallelSort(naturalExpected, 100, 20_000);
        assertArrayEquals(naturalExpected, natural);
        double[] doubles = new java.util.Random(7).doubles(20_000).toArray();
        double[] doublesExpected = doubles.clone();
        Arrays.parallelSort(doublesExpected);
        arrays("parallelSort", double[].class).invoke(doubles);
        assertArrayEquals(doublesExpected, doubles);
        assertTrue(ranIn.stream().noneMatch(t -> t instanceof ForkJoinWorkerThread), ranIn.toString());
    }

    @Test
    void parallelPrefixesGiveTheJdksValuesEvenInFloatingPoint() throws Throwable {
        double[] values = new java.util.Random(7).doubles(50_000).map(d -> d * 1e6).toArray();
        double[] expected = values.clone();
        DoubleBinaryOperator plus = Double::sum;
        Arrays.parallelPrefix(expected, plus);
        double[] prefixed = values.clone();
        arrays("parallelPrefix", double[].class, DoubleBinaryOperator.class).invoke(prefixed, plus);
        assertArrayEquals(expected, prefixed);
        assertFalse(Arrays.equals(expected, DoubleStream.of(values).map(new java.util.function.DoubleUnaryOperator() {
            private double sum;
            @Override
            public double applyAsDouble(double d) {
                return sum += d;
            }
        }).toArray()), "the sequential sums differ: the test shows the JDK's tree is followed");
        int[] ints = IntStream.range(0, 3000).toArray();
        int[] intsExpected = ints.clone();
        Arrays.parallelPrefix(intsExpected, 10, 2900, Integer::sum);
        arrays("parallelPrefix", int[].class, int.class, int.class, java.util.function.IntBinaryOperator.class)
                .invoke(ints, 10, 2900, (java.util.function.IntBinaryOperator) Integer::sum);
        assertArrayEquals(intsExpected, ints);
        String[] words = IntStream.range(0, 100).mapToObj(i -> "w" + i).toArray(String[]::new);
        String[] wordsExpected = words.clone();
        BinaryOperator<String> join = String::concat;
        Arrays.parallelPrefix(wordsExpected, join);
        arrays("parallelPrefix", Object[].class, BinaryOperator.class).invoke(words, join);
        assertArrayEquals(wordsExpected, words);
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
