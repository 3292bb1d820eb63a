package example.racehunt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@link ComparatorCountingSort} fixed: each report thread sorts with a counting comparator of its own. */
// weft: expect none
public final class ComparatorCountingSortLocal {

    static final class CountingOrder implements Comparator<String> {
        long comparisons;

        @Override
        public int compare(String a, String b) {
            comparisons++;
            return a.compareTo(b);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        long[] counts = new long[2];
        Threads.runAll(new String[] {"report-1", "report-2"}, () -> counts[0] = sortAll(), () -> counts[1] = sortAll());
        System.out.println(counts[0] + counts[1] + " comparisons");
    }

    static long sortAll() {
        CountingOrder order = new CountingOrder();
        for (int round = 0; round < 50; round++) {
            List<String> names = new ArrayList<>(List.of("kim", "ada", "lee", "bo", "zed", "al"));
            names.sort(order);
        }
        return order.comparisons;
    }
}
