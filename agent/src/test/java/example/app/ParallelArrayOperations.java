package example.app;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * {@code Arrays}' parallel sorts (objects by a comparator and by their natural order, primitives) and prefixes
 * (ints, longs, doubles, objects): the JDK's results, whichever thread does which part.
 */
public final class ParallelArrayOperations {

    private ParallelArrayOperations() { }

    public static void main(String[] args) {
        Integer[] numbers = IntStream.range(0, 10_000).map(i -> (i * 7919) % 10_007).boxed().toArray(Integer[]::new);
        Integer[] byTens = numbers.clone();
        Arrays.parallelSort(byTens, Comparator.comparing(n -> n / 10));
        Integer[] natural = numbers.clone();
        Arrays.parallelSort(natural);
        int[] ints = IntStream.range(0, 10_000).map(i -> (i * 31) % 977).toArray();
        Arrays.parallelSort(ints);
        long[] longs = new long[200];
        Arrays.parallelSetAll(longs, i -> i * 3L);
        Arrays.parallelPrefix(longs, Long::sum);
        double[] doubles = IntStream.range(0, 300).mapToDouble(i -> 1.0 / (i + 1)).toArray();
        Arrays.parallelPrefix(doubles, Double::sum);
        int[] prefix = IntStream.range(0, 100).toArray();
        Arrays.parallelPrefix(prefix, 5, 95, Math::max);
        String[] words = IntStream.range(0, 40).mapToObj(i -> Integer.toString(i % 10)).toArray(String[]::new);
        Arrays.parallelPrefix(words, String::concat);
        System.out.println("byTens " + Arrays.hashCode(byTens) + " natural " + Arrays.hashCode(natural)
                + " ints " + Arrays.hashCode(ints) + " longs " + longs[199] + " doubles " + doubles[299]
                + " prefix " + Arrays.hashCode(prefix) + " words " + words[39].length() + " " + words[39].hashCode());
    }
}
