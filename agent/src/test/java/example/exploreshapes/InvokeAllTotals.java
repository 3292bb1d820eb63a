package example.exploreshapes;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code invokeAll} of three invoice totals on a fixed pool; each task also adds to a plain grand total. */
// weft: expect race example.exploreshapes.InvokeAllTotals.grandTotal
public final class InvokeAllTotals {

    private static int grandTotal;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<Integer>> invoices = List.of(() -> add(10), () -> add(20), () -> add(30));
        int sum = 0;
        for (Future<Integer> total : pool.invokeAll(invoices)) {
            sum += total.get();
        }
        pool.shutdown();
        System.out.println("sum " + sum + ", grand total " + grandTotal);
    }

    private static int add(int amount) {
        grandTotal += amount;
        return amount;
    }
}
