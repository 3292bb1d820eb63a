package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.Phaser;

/**
 * A word count split in two, coordinated by a {@link Phaser} with three parties: {@code main} and two
 * counting threads.
 *
 * <p>The {@code Job}'s fields are plain. The counters start first and wait for phase 0 to end;
 * {@code main} writes the text, then arrives and waits too. In phase 1 {@code counter-1} and
 * {@code counter-2} each count the words of their half of the lines into their own field, then arrive
 * and deregister; {@code main} waits for phase 1 to end, then adds the two counts, before joining any
 * thread. Actions before an arrival happen-before the phase advance, which happens-before the actions
 * after it: the phaser is the only thing ordering {@code main}'s write of the text with the counters'
 * reads, and the counters' writes with {@code main}'s reads.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model the phaser would wrongly report a
 * race on {@code Job.lines}, {@code Job.firstHalfWords} or {@code Job.secondHalfWords}.
 */
@Sample(
        shows = "Main and two counters hand a text and partial word counts to each other in plain fields,"
                + " ordered only by the phase advances of a Phaser: no race.",
        expect = "none",
        twin = "LostUpdateCounter")
public final class PhaserHandOff {

    private PhaserHandOff() {
    }

    /** The input and the partial results, each handed over at a phase advance. */
    static final class Job {
        String[] lines;
        int firstHalfWords;
        int secondHalfWords;
    }

    public static void main(String[] args) throws InterruptedException {
        Job job = new Job();
        Phaser phaser = new Phaser(3);
        Thread counter1 = new Thread(() -> {
            phaser.arriveAndAwaitAdvance();
            job.firstHalfWords = countWords(job.lines, 0, job.lines.length / 2);
            phaser.arriveAndDeregister();
        }, "counter-1");
        Thread counter2 = new Thread(() -> {
            phaser.arriveAndAwaitAdvance();
            job.secondHalfWords = countWords(job.lines, job.lines.length / 2, job.lines.length);
            phaser.arriveAndDeregister();
        }, "counter-2");
        counter1.start();
        counter2.start();
        job.lines = new String[] {
            "the quick brown fox", "jumps over", "the lazy dog",
            "and runs away", "into the", "dark green forest"};
        phaser.arriveAndAwaitAdvance();
        phaser.arriveAndAwaitAdvance();
        System.out.println((job.firstHalfWords + job.secondHalfWords) + " words ("
                + job.firstHalfWords + " + " + job.secondHalfWords + ")");
        counter1.join();
        counter2.join();
    }

    private static int countWords(String[] lines, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            words += lines[i].split(" ").length;
        }
        return words;
    }
}
