package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/** {@link InvoiceLockLeak} with the lock let go in a {@code finally}. */
// weft: expect none
public final class InvoiceLockFinally {

    static final ReentrantLock NUMBERING = new ReentrantLock();
    static volatile String customer;
    static int nextInvoice = 1;

    public static void main(String[] args) throws InterruptedException {
        Thread loader = new Thread(() -> customer = "Initech", "loader");
        Thread first = new Thread(InvoiceLockFinally::bill, "biller-1");
        Thread second = new Thread(InvoiceLockFinally::bill, "biller-2");
        loader.start();
        first.start();
        second.start();
        loader.join();
        first.join();
        second.join();
    }

    static void bill() {
        NUMBERING.lock();
        try {
            int number = nextInvoice++;
            System.out.println("invoice " + number + " for " + customer.toUpperCase());
        } catch (NullPointerException e) {
            System.out.println("no customer record yet");
        } finally {
            NUMBERING.unlock();
        }
    }
}
