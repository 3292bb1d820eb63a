package example.collections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A list and a map each changed through their iterators and views by one thread, then by another after
 * {@code join}: ordered, nothing to report.
 */
// weft: expect none
public final class IteratorsHandedOff {

    static final List<Integer> batch = new ArrayList<>();
    static final Map<Integer, Integer> counts = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        Runnable producer = () -> {
            for (int i = 0; i < 100; i++) {
                batch.add(i);
                counts.put(i, i);
            }
            batch.subList(0, 10).clear();
            counts.keySet().removeIf(k -> k < 10);
        };
        Runnable consumer = () -> {
            for (Iterator<Integer> it = batch.iterator(); it.hasNext();) {
                if (it.next() % 2 == 0) {
                    it.remove();
                }
            }
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                e.setValue(e.getValue() * 2);
            }
            System.out.println(batch.size() + " " + counts.size());
        };
        Threads.runAll(new String[] {"producer"}, producer);
        Threads.runAll(new String[] {"consumer"}, consumer);
    }
}
