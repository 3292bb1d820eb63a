package example.app;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * {@code forEach} of parallel streams (a list's, with a map and a filter, and a range of ints) adds to a
 * locked sum and atomic counters: each element once, whichever thread runs its part; {@code Arrays.parallelSetAll}
 * sets each element once.
 */
public final class ParallelForEach {

    private ParallelForEach() { }

    public static void main(String[] args) {
        List<Integer> numbers = IntStream.rangeClosed(1, 40).boxed().toList();
        long[] sum = new long[1];
        numbers.parallelStream().forEach(n -> {
            synchronized (sum) {
                sum[0] += n;
            }
        });
        AtomicLong evenSquares = new AtomicLong();
        numbers.parallelStream().map(n -> n * n).filter(n -> n % 2 == 0).forEach(evenSquares::addAndGet);
        AtomicInteger count = new AtomicInteger();
        IntStream.range(0, 100).parallel().forEach(i -> count.incrementAndGet());
        long[] squares = new long[50];
        Arrays.parallelSetAll(squares, i -> (long) i * i);
        String[] names = new String[5];
        Arrays.parallelSetAll(names, i -> "n" + i);
        System.out.println("sum " + sum[0] + " even squares " + evenSquares + " count " + count
                + " squares " + Arrays.stream(squares).sum() + " names " + String.join(",", names));
    }
}
