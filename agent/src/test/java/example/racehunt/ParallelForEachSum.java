package example.racehunt;

import java.util.stream.IntStream;

/** A parallel stream's forEach adds into one plain field: its runs in the pool's threads are not ordered. */
// weft: expect race example.racehunt.ParallelForEachSum.sum threads=main,ForkJoinPool.commonPool-worker-*
public final class ParallelForEachSum {

    private static long sum;

    public static void main(String[] args) {
        IntStream.range(0, 2_000).parallel().forEach(i -> {
            sum += i; // weft: race
        });
        System.out.println("sum " + sum);
    }
}
