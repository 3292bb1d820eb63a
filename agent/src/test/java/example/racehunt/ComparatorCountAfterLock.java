package example.racehunt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two workers each register in a synchronized roster, then sort a batch of their own with a shared comparator that
 * counts its comparisons in a plain field.
 */
// weft: expect race example.racehunt.ComparatorCountAfterLock$CountingOrder.comparisons threads=worker-1,worker-2
public final class ComparatorCountAfterLock {

    static final class CountingOrder implements Comparator<Integer> {
        int comparisons;

        @Override
        public int compare(Integer a, Integer b) {
            comparisons++; // weft: race
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
        System.out.println("comparisons " + order.comparisons);
    }
}
