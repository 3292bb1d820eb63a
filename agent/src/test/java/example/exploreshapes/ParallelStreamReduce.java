package example.exploreshapes;

import java.util.stream.IntStream;

/** The correct twin of {@link ParallelStreamSum}: the stream reduces, no shared field. */
// weft: expect none
public final class ParallelStreamReduce {

    public static void main(String[] args) {
        long sum = IntStream.range(0, 64).parallel().asLongStream().sum();
        System.out.println("sum " + sum);
    }
}
