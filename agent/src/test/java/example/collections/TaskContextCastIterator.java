package example.collections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A batch job's two loaders share a task context, a map of attributes filled before they start; its {@code "rows"}
 * attribute is the iterator over the batch's rows, which each loader takes out with a cast and steps with no lock, so
 * both move the iterator's cursor (a row may be loaded twice or skipped).
 */
// weft: expect race java.util.ArrayList$Itr threads=loader-1,loader-2 collection=java.util.ArrayList$Itr
public final class TaskContextCastIterator {

    static int load(Map<String, Object> context) {
        @SuppressWarnings("unchecked")
        Iterator<String> rows = (Iterator<String>) context.get("rows");
        int loaded = 0;
        try {
            while (rows.hasNext() && rows.next() != null) { // weft: race
                loaded++;
            }
        } catch (NoSuchElementException takenMeanwhile) {
            // the other loader took the last row meanwhile
        }
        return loaded;
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
