package example.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Parallel streams reduced and collected (the three forms of {@code reduce}, collectors in encounter order,
 * a concurrent collector, a supplier, an accumulator and a combiner, sums of ints and longs): the JDK's results, whichever thread
 * does which part.
 */
public final class ParallelReductions {

    private ParallelReductions() { }

    public static void main(String[] args) {
        List<Integer> numbers = IntStream.rangeClosed(1, 40).boxed().toList();
        int sum = numbers.parallelStream().reduce(0, Integer::sum);
        int squares = numbers.parallelStream().reduce(0, (total, n) -> total + n * n, Integer::sum);
        Optional<Integer> largestRest = numbers.parallelStream().map(n -> n % 17).reduce(Integer::max);
        List<Integer> evens = numbers.parallelStream().filter(n -> n % 8 == 0).collect(Collectors.toList());
        String joined = numbers.parallelStream().filter(n -> n <= 10).map(String::valueOf).collect(Collectors.joining(","));
        Map<Boolean, Long> parity = numbers.parallelStream().collect(Collectors.partitioningBy(n -> n % 2 == 0,
                Collectors.counting()));
        ConcurrentMap<Integer, Long> byTens = numbers.parallelStream()
                .collect(Collectors.groupingByConcurrent(n -> n / 10, Collectors.counting()));
        StringBuilder small = numbers.parallelStream().filter(n -> n < 6)
                .collect(StringBuilder::new, StringBuilder::append, StringBuilder::append);
        int tripled = IntStream.rangeClosed(1, 40).parallel().map(n -> n * 3).sum();
        long big = LongStream.rangeClosed(1, 100_000).parallel().filter(n -> n % 2 == 1).sum();
        System.out.println("sum " + sum + " squares " + squares + " largest rest " + largestRest.orElseThrow()
                + " evens " + evens + " joined " + joined + " parity " + parity + " by tens " + new TreeMap<>(byTens)
                + " small " + small + " tripled " + tripled + " big " + big);
    }
}
