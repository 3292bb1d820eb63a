package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Views and iterators of thread-safe collections, and a synchronized list iterated while holding its lock
 * as its Javadoc says, written and read by two threads: nothing to report.
 */
// weft: expect none
public final class ViewsOfSafeCollections {

    static final Map<String, Integer> sessions = new ConcurrentHashMap<>();
    static final List<Integer> listeners = new CopyOnWriteArrayList<>();
    static final List<Integer> log = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws InterruptedException {
        Runnable task = () -> {
            for (int i = 0; i < 50; i++) {
                sessions.put("s" + i, i);
                sessions.keySet().remove("s" + (i - 1));
                for (Map.Entry<String, Integer> e : sessions.entrySet()) {
                    e.setValue(e.getValue() + 1);
                }
                listeners.add(i);
                for (Iterator<Integer> it = listeners.iterator(); it.hasNext();) {
                    it.next();
                }
                log.add(i);
                synchronized (log) {
                    for (Iterator<Integer> it = log.iterator(); it.hasNext();) {
                        if (it.next() % 2 == 0) {
                            it.remove();
                        }
                    }
                }
            }
        };
        Threads.runAll(new String[] {"a", "b"}, task, task);
        System.out.println(sessions.size() + " " + listeners.size() + " " + log.size());
    }
}
