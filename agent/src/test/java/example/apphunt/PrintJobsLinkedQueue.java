package example.apphunt;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A print server: client threads build print jobs (pages in a plain array, a title) and {@code offer} them to a
 * {@code ConcurrentLinkedQueue}; the printer thread spins on {@code poll()}, prints each job (marks it done) and stops
 * once the clients are done and the queue is empty; {@code main} reads the jobs' state after joining.
 */
// weft: expect none
public final class PrintJobsLinkedQueue {

    static final class Job {
        final String title;
        final int[] pages;
        boolean printed;

        Job(String title, int pages) {
            this.title = title;
            this.pages = new int[pages];
            for (int i = 0; i < pages; i++) {
                this.pages[i] = i + 1;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        ConcurrentLinkedQueue<Job> spool = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Job> all = new ConcurrentLinkedQueue<>();
        AtomicBoolean clientsDone = new AtomicBoolean();
        Thread[] clients = new Thread[3];
        for (int c = 0; c < clients.length; c++) {
            int client = c;
            clients[c] = new Thread(() -> {
                for (int j = 0; j < 50; j++) {
                    Job job = new Job("doc-" + client + "-" + j, 1 + j % 4);
                    all.add(job);
                    spool.offer(job);
                }
            }, "client-" + c);
        }
        long[] printedPages = new long[1];
        Thread printer = new Thread(() -> {
            while (true) {
                boolean last = clientsDone.get();
                Job job = spool.poll();
                if (job == null) {
                    if (last) {
                        return;
                    }
                    Thread.onSpinWait();
                    continue;
                }
                for (int page : job.pages) {
                    printedPages[0] += page > 0 ? 1 : 0;
                }
                job.printed = job.title.startsWith("doc");
            }
        }, "printer");
        printer.start();
        for (Thread t : clients) {
            t.start();
        }
        for (Thread t : clients) {
            t.join();
        }
        clientsDone.set(true);
        printer.join();
        System.out.println(printedPages[0] + " " + all.stream().filter(j -> j.printed).count());
    }
}
