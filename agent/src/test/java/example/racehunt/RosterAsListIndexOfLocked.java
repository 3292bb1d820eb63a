package example.racehunt;

import java.util.Arrays;
import java.util.List;

/** {@link RosterAsListIndexOf} fixed: the planner and the desk use the roster under its lock. */
// weft: expect none
public final class RosterAsListIndexOfLocked {

    static final String[] ROSTER = {"ada", "bob", "cy", "dee"};

    public static void main(String[] args) throws InterruptedException {
        List<String> view = Arrays.asList(ROSTER);
        int[] hits = new int[3];
        Threads.runAll(new String[] {"planner", "desk-1", "desk-2", "desk-3"}, () -> {
            for (int i = 0; i < 2000; i++) {
                synchronized (ROSTER) {
                    ROSTER[i % 4] = i % 2 == 0 ? "eve" : "fay";
                }
            }
        }, () -> {
            for (int i = 0; i < 2000; i++) {
                synchronized (ROSTER) {
                    hits[0] += view.indexOf("nobody") < 0 ? 1 : 0;
                }
            }
        }, () -> {
            for (int i = 0; i < 2000; i++) {
                synchronized (ROSTER) {
                    hits[1] += view.contains("zed") ? 0 : 1;
                }
            }
        }, () -> {
            for (int i = 0; i < 2000; i++) {
                synchronized (ROSTER) {
                    hits[2] += view.toArray().length;
                }
            }
        });
        System.out.println(Arrays.toString(hits));
    }
}
