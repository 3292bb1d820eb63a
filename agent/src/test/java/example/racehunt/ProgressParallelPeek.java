package example.racehunt;

import java.util.stream.IntStream;

/**
 * An import counts its progress in a holder's field from {@code peek} of a parallel stream: every worker bumps it.
 * The first row of each of two threads waits for the other ({@link Meeting}), so that a worker takes part in any
 * order the threads run.
 */
// weft: expect race example.racehunt.ProgressParallelPeek$Progress.seen threads=main,ForkJoinPool.commonPool-worker-*
public final class ProgressParallelPeek {

    static final class Progress {
        int seen;
    }

    public static void main(String[] args) {
        Progress progress = new Progress();
        Meeting twoThreads = new Meeting(2);
        long imported = IntStream.range(0, 20_000).parallel()
                .peek(row -> twoThreads.attend())
                .peek(row -> progress.seen++) // weft: race
                .filter(row -> row % 3 != 0)
                .count();
        System.out.println(imported + " of " + progress.seen);
    }
}
