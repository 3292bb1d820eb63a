package example.apphunt;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A crawler on a {@code ForkJoinPool} with worker threads of its own: the pool's worker factory makes a
 * {@code ForkJoinWorkerThread} subclass and sets its region after constructing it; the crawl's tasks read the
 * region and count their fetches in the worker that runs them. The pool starts the workers (from the program's
 * thread or from a worker), after the factory returned them.
 */
// weft: expect none
public final class CrawlerThreads {
    static final class CrawlerThread extends ForkJoinWorkerThread {
        final int[] fetched = new int[1];
        String region;

        CrawlerThread(ForkJoinPool pool) {
            super(pool);
        }
    }

    static final class Crawl extends RecursiveTask<Integer> {
        final int depth;

        Crawl(int depth) {
            this.depth = depth;
        }

        @Override
        protected Integer compute() {
            if (Thread.currentThread() instanceof CrawlerThread crawler) {
                crawler.fetched[0]++;
                if (crawler.region.isEmpty()) {
                    return 0;
                }
            }
            if (depth == 0) {
                return 1;
            }
            Crawl left = new Crawl(depth - 1);
            Crawl right = new Crawl(depth - 1);
            left.fork();
            return right.compute() + left.join();
        }
    }

    public static void main(String[] args) {
        AtomicInteger made = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(3, p -> {
            CrawlerThread worker = new CrawlerThread(p);
            worker.region = "eu-" + made.incrementAndGet();
            return worker;
        }, null, false);
        int pages = pool.invoke(new Crawl(8));
        pool.shutdown();
        System.out.println(pages + " pages, " + made.get() + " workers");
    }
}
