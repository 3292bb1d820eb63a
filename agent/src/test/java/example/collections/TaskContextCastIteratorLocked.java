package example.collections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The fixed {@link TaskContextCastIterator}: each loader steps the context's iterator holding its lock. */
// weft: expect none
public final class TaskContextCastIteratorLocked {

    static int load(Map<String, Object> context) {
        @SuppressWarnings("unchecked")
        Iterator<String> rows = (Iterator<String>) context.get("rows");
        int loaded = 0;
        while (true) {
            synchronized (rows) {
                if (!rows.hasNext()) {
                    return loaded;
                }
                rows.next();
            }
            loaded++;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            lines.add("row-" + i);
        }
        Map<String, Object> context = new HashMap<>();
        context.put("batch", "b-7");
        context.put("rows", lines.iterator());
        int[] loaded = new int[2];
        Threads.runAll(new String[] {"loader-1", "loader-2"}, () -> loaded[0] = load(context), () -> loaded[1] = load(context));
        System.out.println("rows loaded: " + (loaded[0] + loaded[1]));
    }
}
