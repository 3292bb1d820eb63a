package example.exploreshapes;

import java.util.stream.IntStream;

/** A parallel stream adds its elements into a plain field from {@code forEach}. */
// weft: expect race example.exploreshapes.ParallelStreamSum.sum
public final class ParallelStreamSum {

    private static long sum;

    public static void main(String[] args) {
        IntStream.range(0, 64).parallel().forEach(i -> sum += i);
        System.out.println("sum " + sum);
    }
}
