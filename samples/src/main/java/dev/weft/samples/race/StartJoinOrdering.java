package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * Work handed to threads and results taken back with nothing but {@code Thread.start()} and
 * {@code Thread.join()}, across three threads.
 *
 * <p>{@code main} writes a job's plain fields, then starts {@code parser}; the parser reads them, writes
 * the word count, then starts {@code summarizer}, which reads both and writes the summary; the parser
 * joins the summarizer and reads the summary; {@code main} joins the parser and reads everything. Actions
 * before {@code start()} happen-before the started thread's actions, which happen-before the return of
 * {@code join()} on it, and happens-before is transitive: every read sees the write before it.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model start and join would wrongly report
 * races on the fields of {@code Job}.
 */
@Sample(
        shows = "Plain fields handed main -> parser -> summarizer and back with start() and join() only:"
                + " happens-before is transitive, no race.",
        expect = "none",
        twin = "TornLongWrite")
public final class StartJoinOrdering {

    private StartJoinOrdering() {
    }

    /** A job and its results, each field written by one thread and read by the next. */
    static final class Job {
        String text;
        long words;
        String summary;
        long summaryLength;
    }

    public static void main(String[] args) throws InterruptedException {
        Job job = new Job();
        job.text = "start and join order everything before them with everything after them";
        Thread parser = new Thread(() -> parse(job), "parser");
        parser.start();
        parser.join();
        System.out.println(job.words + " words; summary of " + job.summaryLength + " characters: " + job.summary);
    }

    private static void parse(Job job) {
        job.words = job.text.split(" ").length;
        Thread summarizer = new Thread(() -> job.summary = job.text.substring(0, job.text.indexOf(' '))
                + "... (" + job.words + " words)", "summarizer");
        summarizer.start();
        try {
            summarizer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        job.summaryLength = job.summary.length();
    }
}
