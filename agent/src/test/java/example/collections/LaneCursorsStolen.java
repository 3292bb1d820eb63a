package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A scheduler keeps one cursor per lane over the lane's tasks in an array; the second lane, idle, steals from the
 * first lane's cursor with no lock while the first lane steps it too, so both move that iterator's cursor.
 */
// weft: expect race java.util.ArrayList$Itr threads=lane-1,lane-2 collection=java.util.ArrayList$Itr
public final class LaneCursorsStolen {

    @SuppressWarnings("unchecked")
    private static final Iterator<String>[] CURSORS = new Iterator[2];

    static int drain(int lane) {
        int run = 0;
        try {
            while (CURSORS[lane].hasNext() && CURSORS[lane].next() != null) { // weft: race
                run++;
            }
        } catch (NoSuchElementException takenMeanwhile) {
            // the other lane took the last task meanwhile
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
        Threads.runAll(new String[] {"lane-1", "lane-2"}, () -> run[0] = drain(0), () -> run[1] = drain(0));
        System.out.println("tasks run: " + (run[0] + run[1]));
    }
}
