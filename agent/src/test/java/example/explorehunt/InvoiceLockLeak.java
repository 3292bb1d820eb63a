package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Two billing threads number invoices under a {@code ReentrantLock}. The lock is let go after the numbering, not in
 * a {@code finally}: a biller that meets a customer whose record is not loaded yet throws, logs the error, and keeps
 * the lock, so the other biller waits for it for good.
 */
// weft: expect deadlock
public final class InvoiceLockLeak {

    static final ReentrantLock NUMBERING = new ReentrantLock();
    static volatile String customer;
    static int nextInvoice = 1;

    public static void main(String[] args) throws InterruptedException {
        Thread loader = new Thread(() -> customer = "Initech", "loader");
        Thread first = new Thread(InvoiceLockLeak::bill, "biller-1");
        Thread second = new Thread(InvoiceLockLeak::bill, "biller-2");
        loader.start();
        first.start();
        second.start();
        loader.join();
        first.join();
        second.join();
    }

    static void bill() {
        try {
            NUMBERING.lock();
            int number = nextInvoice++;
            System.out.println("invoice " + number + " for " + customer.toUpperCase());
            NUMBERING.unlock(); // the bug: not reached when the line above throws
        } catch (NullPointerException e) {
            System.out.println("no customer record yet");
        }
    }
}
