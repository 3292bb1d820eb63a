package example.apphunt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * A price quote fanned out to suppliers in a structured task scope (JDK 25 preview) whose {@code Joiner} collects
 * the quotes as the subtasks complete: its {@code onComplete}, which each subtask's virtual thread calls, is
 * {@code synchronized}, and its {@code result()}, which the scope's owner calls in {@code join()} once every subtask
 * has completed, reads what the subtasks collected without the lock. The customer travels to the forks in a
 * {@code ScopedValue} they inherit.
 */
// weft: expect none
public final class SupplierQuotesJoiner {

    record Customer(String name, int discountPercent) { }

    record Quote(String supplier, int cents) { }

    static final ScopedValue<Customer> CUSTOMER = ScopedValue.newInstance();

    /** Keeps the successful quotes, cheapest first, and counts the suppliers that failed. */
    static final class CheapestFirst implements Joiner<Quote, List<Quote>> {
        private final List<Quote> quotes = new ArrayList<>();
        private int failed;

        @Override
        public synchronized boolean onComplete(Subtask<? extends Quote> subtask) {
            if (subtask.state() == Subtask.State.SUCCESS) {
                quotes.add(subtask.get());
            } else {
                failed++;
            }
            return false;
        }

        @Override
        public List<Quote> result() {
            quotes.sort(Comparator.comparingInt(Quote::cents));
            System.out.println(failed + " supplier(s) failed");
            return quotes;
        }
    }

    static Quote quote(String supplier, int listCents) throws InterruptedException {
        Thread.sleep(3);
        if (listCents < 0) {
            throw new IllegalStateException(supplier + " is closed");
        }
        Customer customer = CUSTOMER.get();
        return new Quote(supplier, listCents * (100 - customer.discountPercent()) / 100);
    }

    public static void main(String[] args) throws Exception {
        List<Quote> quotes = ScopedValue.where(CUSTOMER, new Customer("acme", 10)).call(() -> {
            try (var scope = StructuredTaskScope.open(new CheapestFirst())) {
                scope.fork(() -> quote("north", 1200));
                scope.fork(() -> quote("south", 990));
                scope.fork(() -> quote("east", -1));
                scope.fork(() -> quote("west", 1105));
                return scope.join();
            }
        });
        System.out.println("best " + quotes.get(0) + " of " + quotes.size());
    }
}
