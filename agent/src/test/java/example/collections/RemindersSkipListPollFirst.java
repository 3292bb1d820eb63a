package example.collections;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Twin of {@code RemindersTreeMapPollFirst}: the dispatchers poll a {@code ConcurrentSkipListMap}; each also keeps a
 * {@code TreeMap} of its own that it polls. Correct: no finding.
 */
// weft: expect none
public final class RemindersSkipListPollFirst {

    static final ConcurrentSkipListMap<Long, String> DUE = new ConcurrentSkipListMap<>();

    public static void main(String[] args) throws InterruptedException {
        for (long at = 1; at <= 6; at++) {
            DUE.put(at * 100, "reminder " + at);
        }
        Runnable dispatcher = () -> {
            Map.Entry<Long, String> next = DUE.pollFirstEntry();
            TreeMap<Long, String> sent = new TreeMap<>();
            sent.put(next.getKey(), next.getValue());
            System.out.println(Thread.currentThread().getName() + " sends " + sent.pollFirstEntry().getValue());
        };
        Threads.runAll(new String[] {"dispatcher-1", "dispatcher-2"}, dispatcher, dispatcher);
    }
}
