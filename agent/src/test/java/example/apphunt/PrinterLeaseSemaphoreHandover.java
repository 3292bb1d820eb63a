package example.apphunt;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * A shared label printer guarded by a one-permit {@code Semaphore} used as a mutex: a job thread acquires it in
 * {@code begin}, writes the printer's plain state and hands its lease to a finisher through a queue; the finisher
 * writes the printer's state again and releases the permit in {@code end}. The next job acquires and reads the state.
 */
// weft: expect none
public final class PrinterLeaseSemaphoreHandover {

    static final class Printer {
        final Semaphore mutex = new Semaphore(1);
        String currentJob;
        int labelsPrinted;
        int cutterWear;

        void begin(String job, int labels) throws InterruptedException {
            mutex.acquire();
            currentJob = job;
            labelsPrinted += labels;
        }

        void end() {
            cutterWear += currentJob.length();
            currentJob = null;
            mutex.release();
        }
    }

    public static void main(String[] args) throws Exception {
        Printer printer = new Printer();
        ConcurrentLinkedQueue<Printer> leases = new ConcurrentLinkedQueue<>();
        int jobs = 20;
        Thread finisher = new Thread(() -> {
            for (int done = 0; done < jobs; ) {
                Printer lease = leases.poll();
                if (lease == null) {
                    Thread.onSpinWait();
                    continue;
                }
                lease.end();
                done++;
            }
        }, "finisher");
        finisher.start();
        Thread[] senders = new Thread[2];
        for (int s = 0; s < senders.length; s++) {
            int sender = s;
            senders[s] = new Thread(() -> {
                try {
                    for (int j = 0; j < jobs / 2; j++) {
                        printer.begin("order-" + sender + "-" + j, 1 + j % 4);
                        leases.add(printer);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "sender-" + s);
            senders[s].start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        finisher.join();
        printer.mutex.acquire();
        System.out.println(printer.labelsPrinted + " labels, cutter wear " + printer.cutterWear);
        printer.mutex.release();
    }
}
