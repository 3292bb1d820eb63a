package example.app;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The other terminal operations of parallel streams (ordered iteration, arrays and lists, minimum, maximum and
 * count, matches and searches, primitive reductions and summaries, concurrent collectors): the JDK's results,
 * whichever thread does which part.
 */
public final class ParallelTerminals {

    private ParallelTerminals() { }

    public static void main(String[] args) {
        List<Integer> numbers = IntStream.rangeClosed(1, 40).boxed().toList();
        StringBuilder ordered = new StringBuilder();
        numbers.parallelStream().filter(n -> n % 5 == 0).forEachOrdered(n -> ordered.append(n).append(' '));
        Object[] squares = numbers.parallelStream().map(n -> n * n).filter(n -> n > 1500).toArray();
        Integer[] boxed = numbers.parallelStream().filter(n -> n > 36).toArray(Integer[]::new);
        List<Integer> list = numbers.parallelStream().filter(n -> n < 4).toList();
        int min = numbers.parallelStream().min(Comparator.comparing(n -> n % 13)).orElseThrow();
        int max = numbers.parallelStream().max(Comparator.comparing(n -> n % 13)).orElseThrow();
        long count = numbers.parallelStream().filter(n -> n % 3 == 0).count();
        boolean any = numbers.parallelStream().anyMatch(n -> n == 33);
        boolean all = numbers.parallelStream().allMatch(n -> n > 0);
        boolean none = numbers.parallelStream().noneMatch(n -> n > 40);
        int first = numbers.parallelStream().filter(n -> n > 20).findFirst().orElseThrow();
        boolean found = numbers.parallelStream().filter(n -> n > 20).findAny().orElseThrow() > 20;
        int[] ints = IntStream.range(0, 10).parallel().map(n -> n * n).toArray();
        long sumOfLengths = numbers.parallelStream().mapToLong(n -> String.valueOf(n).length()).sum();
        int intMax = numbers.parallelStream().mapToInt(n -> n % 17).max().orElseThrow();
        double average = numbers.parallelStream().mapToInt(n -> n).average().orElseThrow();
        String stats = LongStream.rangeClosed(1, 40).parallel().summaryStatistics().toString();
        double product = DoubleStream.of(1.5, 2, 4, 0.5).parallel().reduce(1, (a, b) -> a * b);
        double doubleMin = numbers.parallelStream().mapToDouble(n -> n / 8.0).min().orElseThrow();
        long countLong = LongStream.range(0, 1000).parallel().filter(n -> n % 7 == 0).count();
        int firstInfinite = IntStream.iterate(1, n -> n + 1).parallel().filter(n -> n * n > 300).findFirst().orElseThrow();
        ConcurrentMap<Integer, Integer> byRest = numbers.parallelStream()
                .collect(Collectors.toConcurrentMap(n -> n % 4, n -> n, Integer::sum));
        Map<Boolean, List<Integer>> small = numbers.parallelStream().filter(n -> n < 7)
                .collect(Collectors.groupingByConcurrent(n -> n % 2 == 0));
        System.out.println("ordered " + ordered + "squares " + Arrays.toString(squares) + " boxed " + Arrays.toString(boxed)
                + " list " + list + " min " + min + " max " + max + " count " + count + " matches " + any + all + none
                + " first " + first + " found " + found + " ints " + Arrays.toString(ints) + " lengths " + sumOfLengths
                + " intMax " + intMax + " average " + average + " stats " + stats + " product " + product
                + " doubleMin " + doubleMin + " countLong " + countLong + " firstInfinite " + firstInfinite
                + " byRest " + new TreeMap<>(byRest) + " small " + new TreeMap<>(Map.of(true, small.get(true).size(),
                false, small.get(false).size())));
    }
}
