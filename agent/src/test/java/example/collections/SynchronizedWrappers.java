package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collections.synchronizedList and synchronizedMap used from two threads: the wrappers lock each call. */
// weft: expect none
public final class SynchronizedWrappers {

    public static void main(String[] args) throws InterruptedException {
        List<Integer> list = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> map = Collections.synchronizedMap(new HashMap<>());
        Runnable task = () -> {
            for (int i = 0; i < 100; i++) {
                list.add(i);
                map.merge(i % 10, 1, Integer::sum);
                map.get(i % 10);
            }
        };
        Threads.runAll(new String[] {"a", "b"}, task, task);
        System.out.println(list.size() + " " + map);
    }
}
