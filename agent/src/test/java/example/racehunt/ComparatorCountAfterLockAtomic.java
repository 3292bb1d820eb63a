package example.racehunt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Twin of {@code ComparatorCountAfterLock}: the shared comparator counts its comparisons in an {@code AtomicInteger}. Correct: no finding. */
// weft: expect none
public final class ComparatorCountAfterLockAtomic {

    static final class CountingOrder implements Comparator<Integer> {
        final AtomicInteger comparisons = new AtomicInteger();

        @Override
        public int compare(Integer a, Integer b) {
            comparisons.incrementAndGet();
            return Integer.compare(a, b);
        }
    }

    static final List<String> ROSTER = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        CountingOrder order = new CountingOrder();
        Runnable work = () -> {
            synchronized (ROSTER) {
                ROSTER.add(Thread.currentThread().getName());
            }
            List<Integer> batch = new ArrayList<>(List.of(5, 3, 9, 1));
            batch.sort(order);
        };
        Threads.runAll(new String[] {"worker-1", "worker-2"}, work, work);
        System.out.println("comparisons " + order.comparisons.get());
    }
}
