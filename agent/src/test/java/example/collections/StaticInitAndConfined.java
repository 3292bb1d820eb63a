package example.collections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A HashMap filled in a static initializer and only read afterwards, by two threads; and lists and a
 * StringBuilder each confined to the thread that made them.
 */
// weft: expect none
public final class StaticInitAndConfined {

    static final Map<String, Integer> CODES = new HashMap<>();

    static {
        CODES.put("ok", 200);
        CODES.put("missing", 404);
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable task = () -> {
            List<Integer> mine = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                mine.add(CODES.get(i % 2 == 0 ? "ok" : "missing"));
                text.append(mine.size()).append(',');
            }
            System.out.println(mine.size() + " " + text.length() + " " + CODES.containsKey("ok"));
        };
        Threads.runAll(new String[] {"a", "b"}, task, task);
    }
}
