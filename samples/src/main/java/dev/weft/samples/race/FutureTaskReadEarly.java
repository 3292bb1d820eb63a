package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.FutureTask;

/**
 * The caller of a {@link FutureTask} run by a plain {@code Thread} peeks at the report the task fills
 * before calling {@code get()}.
 *
 * <p>{@code reporter} runs the task, which writes the plain {@code Report.pages} of a report the caller
 * made; {@code main} prints the page count as a progress message before {@code get()}. Only {@code get}
 * orders the task's writes before the caller's reads; the peek has nothing.
 *
 * <p><b>What weft reports</b>: a race on {@code Report.pages} between {@code reporter} (the write) and
 * {@code main} (the read).
 *
 * <p><b>The fix</b>: read the report after {@code get()}; see {@link FutureTaskThreadHandOff}.
 */
@Sample(
        shows = "The caller reads a report a FutureTask (run by a plain Thread) is filling before get():"
                + " a data race.",
        expect = "race",
        field = "dev.weft.samples.race.FutureTaskReadEarly$Report.pages",
        threads = {"reporter", "main"},
        twin = "FutureTaskThreadHandOff")
public final class FutureTaskReadEarly {

    private FutureTaskReadEarly() {
    }

    /** A report the task fills. */
    static final class Report {
        int pages;
    }

    public static void main(String[] args) throws Exception {
        Report report = new Report();
        FutureTask<Report> task = new FutureTask<>(() -> {
            report.pages = 12; // weft: race
            return report;
        });
        new Thread(task, "reporter").start();
        System.out.println("pages so far: " + report.pages); // weft: race
        task.get();
    }
}
