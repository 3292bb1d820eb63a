package example.collections;

import java.util.Map;
import java.util.TreeMap;

/** Two dispatchers take the earliest reminder off a shared {@code TreeMap} with {@code pollFirstEntry}, with no lock. */
// weft: expect race example.collections.RemindersTreeMapPollFirst.DUE threads=dispatcher-*,dispatcher-* collection=java.util.TreeMap
public final class RemindersTreeMapPollFirst {

    static final TreeMap<Long, String> DUE = new TreeMap<>();

    public static void main(String[] args) throws InterruptedException {
        for (long at = 1; at <= 6; at++) {
            DUE.put(at * 100, "reminder " + at);
        }
        Runnable dispatcher = () -> {
            Map.Entry<Long, String> next = DUE.pollFirstEntry(); // weft: race
            System.out.println(Thread.currentThread().getName() + " sends " + next.getValue());
        };
        Threads.runAll(new String[] {"dispatcher-1", "dispatcher-2"}, dispatcher, dispatcher);
    }
}
