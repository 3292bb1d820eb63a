package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;

/**
 * A bank renders monthly statements on its own {@code ForkJoinPool}: each page is a plain {@code Runnable} (or, for the
 * summary page, a {@code Callable}) adapted with {@code ForkJoinTask.adapt} and handed over with {@code execute} or
 * {@code submit}, whose futures nobody reads. The renderer shuts the pool down, awaits its termination, and reads every
 * page.
 */
// weft: expect none
public final class StatementPagesAdaptedTasks {

    static final class Page {
        final int number;
        String text;
        int lines;

        Page(int number) {
            this.number = number;
        }

        void render() {
            StringBuilder out = new StringBuilder();
            for (int line = 0; line < 20 + number; line++) {
                out.append("txn ").append(number).append('.').append(line).append('\n');
                lines++;
            }
            text = out.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        List<Page> pages = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            Page page = new Page(p);
            pages.add(page);
            if (p == 0) {
                pool.submit(ForkJoinTask.adapt(() -> {
                    page.render();
                    return page.lines;
                }));
            } else {
                pool.execute(ForkJoinTask.adapt(page::render));
            }
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("statements still rendering");
        }
        int chars = 0;
        for (Page page : pages) {
            chars += page.text.length() + page.lines;
        }
        System.out.println(pages.size() + " pages, " + chars + " characters");
    }
}
