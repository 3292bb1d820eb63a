package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The twin of CopiedWhileWritten and SortedWhileRead: the list is filled and sorted by one thread, then
 * copied, added, sorted and read through JDK calls by two others after {@code join}; and a map read by
 * {@code putAll} into a concurrent map from two threads that only read it.
 */
// weft: expect none
public final class CopiedAfterJoin {

    static final List<Integer> readings = new ArrayList<>();
    static final Map<Integer, Integer> limits = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        Runnable recorder = () -> {
            for (int i = 0; i < 100; i++) {
                readings.add(100 - i);
                limits.put(i, i);
            }
            Collections.sort(readings);
        };
        Threads.runAll(new String[] {"recorder"}, recorder);
        Map<Integer, Integer> merged = new ConcurrentHashMap<>();
        Runnable snapshotter = () -> {
            List<Integer> copy = new ArrayList<>(readings);
            List<Integer> all = new ArrayList<>();
            all.addAll(readings);
            Collections.sort(copy);
            merged.putAll(limits);
            System.out.println(List.copyOf(readings).size() + copy.size() + all.size() + Collections.max(readings));
        };
        Threads.runAll(new String[] {"snapshotter-1", "snapshotter-2"}, snapshotter, snapshotter);
        System.out.println(merged.size());
    }
}
