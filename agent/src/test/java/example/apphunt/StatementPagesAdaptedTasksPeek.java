package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;

/**
 * {@link StatementPagesAdaptedTasks}'s renderer, racy: it counts the rendered lines before it awaits the pool that
 * runs the adapted page tasks.
 */
// weft: expect race example.apphunt.StatementPagesAdaptedTasksPeek$Page.lines threads=main,ForkJoinPool-*-worker-*
public final class StatementPagesAdaptedTasksPeek {

    static final class Page {
        final int number;
        int lines;

        Page(int number) {
            this.number = number;
        }

        void render() {
            for (int line = 0; line < 20 + number; line++) {
                lines++; // weft: race
            }
        }
    }

    public static void main(String[] args) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        List<Page> pages = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            Page page = new Page(p);
            pages.add(page);
            pool.execute(ForkJoinTask.adapt(page::render));
        }
        Thread.sleep(50);
        int lines = 0;
        for (Page page : pages) {
            lines += page.lines; // weft: race
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(lines + " lines so far");
    }
}
