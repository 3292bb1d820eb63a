package example.apphunt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A print spooler: jobs wait in a {@code PriorityBlockingQueue} of a {@code ThreadPoolExecutor}, ordered by their
 * own {@code compareTo} (the office pool) or by a comparator that casts the queued tasks to jobs (the plotter
 * pool); a cancelled job is taken out with {@code pool.remove(job)}, and the jobs a jam clearer takes back with
 * {@code shutdownNow()} are cast to jobs to tell their owners, and printed on a spare plotter, with the paper tray the
 * submitter set before handing them to the jammed one. The printers add up the pages printed holding the spooler's lock.
 */
// weft: expect none
public final class PrintSpoolerFixed {

    static int pagesPrinted;
    static String paperTray = "A4 tray";

    record PrintJob(String owner, int priority, int pages) implements Runnable, Comparable<PrintJob> {
        @Override
        public void run() {
            feedPaper(pages);
            addPages(pages);
        }

        @Override
        public int compareTo(PrintJob other) {
            return Integer.compare(priority, other.priority);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ThreadPoolExecutor office = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new PriorityBlockingQueue<>(),
                new NamedThreads("printer"));
        CountDownLatch warmedUp = new CountDownLatch(1);
        for (int printer = 0; printer < 2; printer++) {
            office.execute(() -> awaitQuietly(warmedUp));
        }
        List<PrintJob> jobs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            jobs.add(new PrintJob("desk-" + i % 4, 12 - i, 1 + i));
        }
        for (PrintJob job : jobs) {
            office.execute(job);
        }
        PrintJob cancelled = jobs.get(5);
        if (!office.remove(cancelled)) {
            throw new IllegalStateException("a queued job could not be cancelled");
        }
        warmedUp.countDown();
        office.shutdown();
        if (!office.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("office did not terminate");
        }

        ThreadPoolExecutor plotter = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new PriorityBlockingQueue<Runnable>(4, Comparator.comparing(task -> ((PrintJob) task).owner())), new NamedThreads("plotter"));
        List<String> owners = new ArrayList<>();
        Thread clearer = new Thread(() -> clearJam(plotter, owners), "jam-clearer");
        clearer.start();
        paperTray = "A1 roll";
        CountDownLatch jammed = new CountDownLatch(1);
        plotter.execute(() -> awaitQuietly(jammed));
        plotter.execute(new PrintJob("drafting", 1, 40));
        plotter.execute(new PrintJob("architecture", 1, 60));
        clearer.join();
        System.out.println(printed() + " pages printed; plotter jam, reprinted for " + owners);
    }

    private static synchronized int printed() {
        return pagesPrinted;
    }

    private static synchronized void addPages(int pages) {
        pagesPrinted += pages;
    }

    /** Once the jammed plotter holds both jobs, takes them back and prints them on another plotter. */
    private static void clearJam(ThreadPoolExecutor plotter, List<String> owners) {
        while (plotter.getQueue().size() < 2) {
            Thread.onSpinWait();
        }
        ThreadPoolExecutor spare = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new NamedThreads("spare"));
        for (Runnable unprinted : plotter.shutdownNow()) {
            owners.add(((PrintJob) unprinted).owner());
            spare.execute(unprinted);
        }
        spare.shutdown();
        try {
            if (!spare.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("spare did not terminate");
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static void feedPaper(int pages) {
        if (paperTray.isEmpty()) {
            throw new IllegalStateException("no paper");
        }
        try {
            Thread.sleep(pages);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
