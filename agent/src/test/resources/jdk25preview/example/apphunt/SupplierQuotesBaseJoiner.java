package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * {@link SupplierQuotesJoiner} whose joiner extends an abstract joiner of the program's: the base class implements
 * {@code Joiner} and collects under its lock; the subclass overrides {@code onComplete} to also count the quotes over
 * budget, in a {@code synchronized} method, and {@code result()} reads that count and the list without the lock.
 */
// weft: expect none
public final class SupplierQuotesBaseJoiner {

    record Quote(String supplier, int cents) { }

    abstract static class Collecting<T> implements Joiner<T, List<T>> {
        protected final List<T> collected = new ArrayList<>();

        @Override
        public synchronized boolean onComplete(Subtask<? extends T> subtask) {
            if (subtask.state() == Subtask.State.SUCCESS) {
                collected.add(subtask.get());
            }
            return false;
        }
    }

    static final class WithinBudget extends Collecting<Quote> {
        private final int budgetCents;
        private int overBudget;

        WithinBudget(int budgetCents) {
            this.budgetCents = budgetCents;
        }

        @Override
        public synchronized boolean onComplete(Subtask<? extends Quote> subtask) {
            if (subtask.state() == Subtask.State.SUCCESS && subtask.get().cents() > budgetCents) {
                overBudget++;
                return false;
            }
            return super.onComplete(subtask);
        }

        @Override
        public List<Quote> result() {
            System.out.println(overBudget + " over budget");
            return collected;
        }
    }

    static Quote quote(String supplier, int cents) throws InterruptedException {
        Thread.sleep(3);
        return new Quote(supplier, cents);
    }

    public static void main(String[] args) throws Exception {
        try (var scope = StructuredTaskScope.open(new WithinBudget(1000))) {
            scope.fork(() -> quote("north", 1200));
            scope.fork(() -> quote("south", 990));
            scope.fork(() -> quote("west", 905));
            System.out.println(scope.join().size() + " within budget");
        }
    }
}
