package example.collections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The twin of the view races: every call, on the collections and on their views and iterators, holds one lock. */
// weft: expect none
public final class ViewsUnderLock {

    static final Object lock = new Object();
    static final Map<String, Integer> sessions = new HashMap<>();
    static final List<Integer> jobs = new ArrayList<>();
    static final TreeMap<Integer, String> deadlines = new TreeMap<>();

    public static void main(String[] args) throws InterruptedException {
        Runnable task = () -> {
            for (int i = 0; i < 50; i++) {
                synchronized (lock) {
                    sessions.put("s" + i, i);
                    sessions.keySet().remove("s" + (i - 1));
                    sessions.values().removeIf(v -> v % 7 == 0);
                    for (Map.Entry<String, Integer> e : sessions.entrySet()) {
                        e.setValue(e.getValue() + 1);
                    }
                    jobs.add(i);
                    for (Iterator<Integer> it = jobs.iterator(); it.hasNext();) {
                        if (it.next() % 3 == 0) {
                            it.remove();
                        }
                    }
                    if (jobs.size() > 4) {
                        jobs.subList(0, 2).clear();
                    }
                    deadlines.put(i, "t" + i);
                    deadlines.headMap(i - 5).clear();
                    deadlines.navigableKeySet().pollFirst();
                }
            }
        };
        Threads.runAll(new String[] {"a", "b"}, task, task);
        System.out.println(sessions.size() + " " + jobs.size() + " " + deadlines.size());
    }
}
