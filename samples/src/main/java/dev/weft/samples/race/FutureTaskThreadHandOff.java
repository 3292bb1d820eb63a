package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.FutureTask;

/**
 * A report built by a {@link FutureTask} that a plain {@code Thread} runs, read by the caller after
 * {@code get()}.
 *
 * <p>The caller wraps a callable in a {@code FutureTask}, hands it to {@code new Thread(task, "reporter")}
 * and starts it; the callable fills a plain {@code Report}; the caller's {@code get()} returns it and the
 * caller reads and updates it. Completing a future happens-before a {@code get} that returns its result,
 * whoever ran it: no executor is involved, so no submission orders anything here.
 *
 * <p><b>What weft reports</b>: nothing. A detector that orders a future's {@code get} only with the end of
 * a task submitted to an executor would report a race on {@code Report.pages} and {@code Report.title}.
 */
@Sample(
        shows = "A FutureTask run by a plain Thread builds a report the caller reads after get(): no race.",
        expect = "none",
        twin = "FutureTaskReadEarly")
public final class FutureTaskThreadHandOff {

    private FutureTaskThreadHandOff() {
    }

    /** A report the task builds. */
    static final class Report {
        String title;
        int pages;
    }

    public static void main(String[] args) throws Exception {
        FutureTask<Report> task = new FutureTask<>(() -> {
            Report report = new Report();
            report.title = "weekly sales";
            report.pages = 12;
            return report;
        });
        new Thread(task, "reporter").start();
        Report report = task.get();
        report.pages++;
        System.out.println(report.title + ": " + report.pages + " pages");
    }
}
