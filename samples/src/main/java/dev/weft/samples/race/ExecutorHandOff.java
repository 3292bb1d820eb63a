package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Invoices totalled on a thread pool in three ways: one task through {@code submit} and
 * {@code Future.get}, a batch through {@code invokeAll}, and fire-and-forget tasks through
 * {@code execute} followed by {@code shutdown} and {@code awaitTermination}.
 *
 * <p>{@code Invoice} and {@code Total} have only plain fields. The pool's two threads,
 * {@code executor-1} and {@code executor-2}, are started before any invoice exists, so starting them
 * orders nothing here. {@code main} fills in invoices, hands them to tasks, and reads the totals the tasks
 * wrote, while the pool threads are still alive. Actions before submitting a task happen-before the
 * task's actions, which happen-before {@code Future.get} returns its result; {@code invokeAll} returns
 * when every task is done; {@code awaitTermination} returns once every task has ended. These are the only
 * things ordering the writes with the reads.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model the executor would wrongly report
 * races on the fields of {@code Invoice} and {@code Total}.
 */
@Sample(
        shows = "Main hands invoices with plain fields to pool tasks and reads their plain results through"
                + " submit/Future.get, invokeAll, and shutdown/awaitTermination: no race.",
        expect = "none",
        twin = "LostUpdateCounter")
public final class ExecutorHandOff {

    private ExecutorHandOff() {
    }

    /** An invoice, filled in by {@code main} before it is handed to a task. */
    static final class Invoice {
        String customer;
        int lines;
        long centsPerLine;
    }

    /** What a task computed, read by {@code main} once the task is done. */
    static final class Total {
        String customer;
        long cents;
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), namedThreads("executor-"));
        pool.prestartAllCoreThreads();

        Invoice single = invoice("acme", 3, 1_999);
        Future<Total> future = pool.submit(() -> total(single));
        Total total = future.get();
        System.out.println("submit: " + total.customer + " owes " + total.cents);

        List<Callable<Total>> batch = new ArrayList<>();
        for (String customer : new String[] {"globex", "initech", "umbrella"}) {
            Invoice invoice = invoice(customer, customer.length(), 250);
            batch.add(() -> total(invoice));
        }
        long batchCents = 0;
        for (Future<Total> done : pool.invokeAll(batch)) {
            batchCents += done.get().cents;
        }
        System.out.println("invokeAll: " + batch.size() + " invoices, " + batchCents + " in all");

        Total[] totals = new Total[4];
        for (int i = 0; i < totals.length; i++) {
            int slot = i;
            Invoice invoice = invoice("walk-in-" + i, i + 1, 500);
            pool.execute(() -> totals[slot] = total(invoice));
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the pool did not terminate");
        }
        long walkInCents = 0;
        for (Total walkIn : totals) {
            walkInCents += walkIn.cents;
        }
        System.out.println("execute + awaitTermination: " + totals.length + " invoices, " + walkInCents + " in all");
    }

    private static Invoice invoice(String customer, int lines, long centsPerLine) {
        Invoice invoice = new Invoice();
        invoice.customer = customer;
        invoice.lines = lines;
        invoice.centsPerLine = centsPerLine;
        return invoice;
    }

    /** A task's work: reads the invoice {@code main} wrote, writes a total {@code main} will read. */
    private static Total total(Invoice invoice) {
        Total total = new Total();
        total.customer = invoice.customer;
        total.cents = invoice.lines * invoice.centsPerLine;
        return total;
    }

    private static ThreadFactory namedThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> new Thread(task, prefix + count.incrementAndGet());
    }
}
