package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The fixed {@link LaneCursorsStolen}: each lane steps only its own cursor of the array. */
// weft: expect none
public final class LaneCursorsOwn {

    @SuppressWarnings("unchecked")
    private static final Iterator<String>[] CURSORS = new Iterator[2];

    static int drain(int lane) {
        int run = 0;
        while (CURSORS[lane].hasNext() && CURSORS[lane].next() != null) {
            run++;
        }
        return run;
    }

    public static void main(String[] args) throws InterruptedException {
        for (int lane = 0; lane < 2; lane++) {
            List<String> tasks = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                tasks.add("lane" + lane + "-task-" + i);
            }
            CURSORS[lane] = tasks.iterator();
        }
        int[] run = new int[2];
        Threads.runAll(new String[] {"lane-1", "lane-2"}, () -> run[0] = drain(0), () -> run[1] = drain(1));
        System.out.println("tasks run: " + (run[0] + run[1]));
    }
}
