package example.apphunt;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two print stations share one printer, taken with {@code tryLock(timeout)} by one and {@code lockInterruptibly}
 * by the other; the holder writes the printer's job fields, and the next holder reads what the last one printed.
 */
// weft: expect none
public final class PrinterTryLockHandoff {

    static final class Printer {
        final ReentrantLock lock = new ReentrantLock();
        String lastJob = "none";
        int pages;
        int jobs;
    }

    public static void main(String[] args) throws InterruptedException {
        Printer printer = new Printer();
        Thread front = new Thread(() -> {
            int printed = 0;
            while (printed < 200) {
                try {
                    if (printer.lock.tryLock(5, TimeUnit.MILLISECONDS)) {
                        try {
                            printer.lastJob = "front-" + printed + " after " + printer.lastJob.length();
                            printer.pages += 2;
                            printer.jobs++;
                            printed++;
                        } finally {
                            printer.lock.unlock();
                        }
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "front-desk");
        Thread back = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                try {
                    printer.lock.lockInterruptibly();
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    printer.lastJob = "back-" + i + " after " + printer.lastJob.length();
                    printer.pages += 3;
                    printer.jobs++;
                } finally {
                    printer.lock.unlock();
                }
            }
        }, "back-office");
        front.start();
        back.start();
        front.join();
        back.join();
        System.out.println(printer.jobs + " jobs, " + printer.pages + " pages, last " + printer.lastJob.substring(0, 4));
    }
}
