package example.racehunt;

import java.util.stream.IntStream;

/**
 * A parallel stream's forEach adds into one plain field: its runs in the pool's threads are not ordered. Its first
 * call in each of two threads waits for the other ({@link Meeting}), so that a worker takes part in any order the
 * threads run.
 */
// weft: expect race example.racehunt.ParallelForEachSum.sum threads=main,ForkJoinPool.commonPool-worker-*
public final class ParallelForEachSum {

    private static long sum;

    public static void main(String[] args) {
        Meeting twoThreads = new Meeting(2);
        IntStream.range(0, 2_000).parallel().forEach(i -> {
            twoThreads.attend();
            sum += i; // weft: race
        });
        System.out.println("sum " + sum);
    }
}
