package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Scores made by {@code Arrays.parallelSetAll}, sorted by {@code Arrays.parallelSort} with a comparator
 * that reads their plain fields, and summed by a {@code ForkJoinTask.adapt}ed callable in a pool.
 *
 * <p>{@code Arrays}' parallel operations run the function they are given in the common pool's threads,
 * and return once it has run everywhere; a task made by {@code ForkJoinTask.adapt} runs its callable in
 * the pool that {@code invoke}s it. Each orders the caller's writes before the function and the
 * function's writes before the return.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not see the functions of {@code Arrays}'
 * parallel operations, or of an adapted task, run in other threads would report races on
 * {@code Score.points} and {@code Score.player}.
 */
@Sample(
        shows = "Arrays.parallelSetAll makes scores, Arrays.parallelSort orders them with a comparator,"
                + " a ForkJoinTask.adapt'ed callable sums them: no race.",
        expect = "none",
        twin = "ParallelSetAllCounter")
public final class ParallelArraysHandOff {

    private static final int PLAYERS = 20_000;

    private ParallelArraysHandOff() {
    }

    /** One player's score. */
    static final class Score {
        String player;
        int points;
    }

    public static void main(String[] args) {
        Score[] scores = new Score[PLAYERS];
        Arrays.parallelSetAll(scores, i -> {
            Score score = new Score();
            score.player = "player-" + i;
            score.points = (i * 7919) % 1000;
            return score;
        });
        Arrays.parallelSort(scores, Comparator.comparingInt((Score score) -> score.points).thenComparing(score -> score.player));
        ForkJoinPool pool = new ForkJoinPool(2);
        long total = pool.invoke(ForkJoinTask.adapt(() -> Arrays.stream(scores).mapToLong(score -> score.points).sum()));
        pool.shutdown();
        scores[0].points = 0;
        System.out.println("best " + scores[PLAYERS - 1].player + ", total " + total);
    }
}
