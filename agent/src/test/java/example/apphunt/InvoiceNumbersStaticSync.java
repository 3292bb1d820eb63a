package example.apphunt;

import java.util.concurrent.CountDownLatch;

/**
 * An invoicing service numbers invoices with a {@code static synchronized} method, while the year-end job resets the
 * sequence in a {@code synchronized (InvoiceNumbersStaticSync.class)} block and an auditor reads it in another
 * {@code static synchronized} method: one monitor, the class's, reached in two ways. The invoices themselves carry
 * instance {@code synchronized} methods beside {@code synchronized (this)} blocks.
 */
// weft: expect none
public final class InvoiceNumbersStaticSync {

    private static int next = 1;
    private static int year = 2024;

    static synchronized String nextNumber() {
        return year + "-" + next++;
    }

    static synchronized int issued() {
        return next - 1;
    }

    static final class Invoice {
        private long cents;
        private int lines;

        synchronized void addLine(long amount) {
            cents += amount;
            lines++;
        }

        long total() {
            synchronized (this) {
                return cents + lines * 0L;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Invoice shared = new Invoice();
        CountDownLatch done = new CountDownLatch(3);
        for (int c = 0; c < 2; c++) {
            new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    if (nextNumber().isEmpty()) {
                        throw new IllegalStateException();
                    }
                    shared.addLine(100 + i % 7);
                }
                done.countDown();
            }, "clerk-" + c).start();
        }
        new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                synchronized (InvoiceNumbersStaticSync.class) {
                    year++;
                    next = 1;
                }
                if (issued() < 0 || shared.total() < 0) {
                    throw new IllegalStateException();
                }
            }
            done.countDown();
        }, "year-end").start();
        done.await();
        System.out.println("year " + year + ", " + (issued() >= 0) + ", total " + shared.total());
    }
}
