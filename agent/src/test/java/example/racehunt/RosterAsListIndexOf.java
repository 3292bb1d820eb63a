package example.racehunt;

import java.util.Arrays;
import java.util.List;

/**
 * A shift roster's array is searched through its {@code Arrays.asList} view ({@code indexOf}, {@code contains},
 * {@code toArray}) while a planner swaps names in the array itself.
 */
// weft: expect race java.lang.String[] threads=planner,desk-*
public final class RosterAsListIndexOf {

    static final String[] ROSTER = {"ada", "bob", "cy", "dee"};

    public static void main(String[] args) throws InterruptedException {
        List<String> view = Arrays.asList(ROSTER);
        int[] hits = new int[3];
        Threads.runAll(new String[] {"planner", "desk-1", "desk-2", "desk-3"}, () -> {
            for (int i = 0; i < 2000; i++) {
                ROSTER[i % 4] = i % 2 == 0 ? "eve" : "fay"; // weft: race
            }
        }, () -> {
            for (int i = 0; i < 2000; i++) {
                hits[0] += view.indexOf("nobody") < 0 ? 1 : 0; // weft: race
            }
        }, () -> {
            for (int i = 0; i < 2000; i++) {
                hits[1] += view.contains("zed") ? 0 : 1; // weft: race
            }
        }, () -> {
            for (int i = 0; i < 2000; i++) {
                hits[2] += view.toArray().length; // weft: race
            }
        });
        System.out.println(Arrays.toString(hits));
    }
}
