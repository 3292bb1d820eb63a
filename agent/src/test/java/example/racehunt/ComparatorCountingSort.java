package example.racehunt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two report threads each sort their own list with one shared comparator that counts its comparisons in a plain
 * field: the comparator runs inside {@code List.sort}, in both threads at once.
 */
// weft: expect race example.racehunt.ComparatorCountingSort$CountingOrder.comparisons threads=report-1,report-2
public final class ComparatorCountingSort {

    static final class CountingOrder implements Comparator<String> {
        long comparisons;

        @Override
        public int compare(String a, String b) {
            comparisons++; // weft: race
            return a.compareTo(b);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CountingOrder order = new CountingOrder();
        Runnable report = () -> {
            for (int round = 0; round < 50; round++) {
                List<String> names = new ArrayList<>(List.of("kim", "ada", "lee", "bo", "zed", "al"));
                names.sort(order);
            }
        };
        Threads.runAll(new String[] {"report-1", "report-2"}, report, report);
        System.out.println(order.comparisons + " comparisons");
    }
}
