package example.apphunt;

import java.util.concurrent.Semaphore;

/**
 * A print server hands each job to its printer thread through a plain field and a {@code Semaphore} of no permits
 * used as a signal: the server fills the job and {@code release()}s; the printer {@code acquire()}s, prints, and
 * signals back on a second semaphore before the server reuses the field.
 *
 * <p>Racy: the server reads the pages before it waits for the printer's signal.
 */
// weft: expect race example.apphunt.PrinterSignal$Job.printedPages threads=main,printer
public final class PrinterSignal {

    static final class Job {
        String document;
        int copies;
        int printedPages;
    }

    static Job current;

    public static void main(String[] args) throws Exception {
        Semaphore jobReady = new Semaphore(0), jobDone = new Semaphore(0);
        Thread printer = new Thread(() -> {
            try {
                for (int i = 0; i < 3; i++) {
                    jobReady.acquire();
                    current.printedPages = current.document.length() * current.copies; // weft: race
                    jobDone.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "printer");
        printer.start();
        int pages = 0;
        for (String document : new String[] {"memo", "invoice", "report"}) {
            Job job = new Job();
            job.document = document;
            job.copies = 2;
            current = job;
            jobReady.release();
            pages += job.printedPages; // weft: race
            jobDone.acquire();
        }
        printer.join();
        System.out.println(pages + " pages");
    }
}
