package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Correct use of {@code Collections.synchronizedMap}, {@code synchronizedSortedSet} and
 * {@code synchronizedList}: iterating their views, streaming and joining them while holding the wrapper's
 * lock, compound check-then-act under the same lock, and plain calls through the wrappers from two
 * threads: nothing to report.
 */
// weft: expect none
public final class SynchronizedMapIteratedLocked {

    static final Map<String, Integer> stock = Collections.synchronizedMap(new HashMap<>());
    static final java.util.SortedSet<Integer> orders = Collections.synchronizedSortedSet(new TreeSet<>());
    static final List<String> log = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws InterruptedException {
        Runnable clerk = () -> {
            for (int i = 0; i < 200; i++) {
                String item = "item" + (i % 20);
                synchronized (stock) {
                    if (!stock.containsKey(item)) {
                        stock.put(item, 0);
                    }
                    stock.put(item, stock.get(item) + 1);
                }
                orders.add(i);
                log.add(item);
                stock.keySet().remove("item" + (i % 7));
                synchronized (stock) {
                    int total = 0;
                    for (Map.Entry<String, Integer> e : stock.entrySet()) {
                        total += e.getValue();
                    }
                    log.add("total " + total);
                }
                synchronized (orders) {
                    orders.headSet(i / 2).clear();
                }
                synchronized (log) {
                    String last = log.stream().skip(Math.max(0, log.size() - 3)).collect(Collectors.joining(","));
                    log.add(String.join("|", log.subList(0, Math.min(2, log.size()))) + last.length());
                }
            }
        };
        Threads.runAll(new String[] {"clerk-1", "clerk-2"}, clerk, clerk);
        synchronized (log) {
            System.out.println(stock.size() + " " + orders.size() + " " + log.size());
        }
    }
}
