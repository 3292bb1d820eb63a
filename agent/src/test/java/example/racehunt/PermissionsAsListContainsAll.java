package example.racehunt;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A gate checks that a role's granted permissions, an {@code Arrays.asList} view of its array, cover what a call needs, while an admin edits the array. */
// weft: expect race java.lang.String[] threads=admin,gate
public final class PermissionsAsListContainsAll {

    static final String[] GRANTED = {"read", "list", "stat"};

    public static void main(String[] args) throws InterruptedException {
        List<String> granted = Arrays.asList(GRANTED);
        Set<String> needed = Set.of("read", "write");
        Threads.runAll(new String[] {"admin", "gate"}, () -> {
            for (int i = 0; i < 600; i++) {
                GRANTED[i % 3] = i % 2 == 0 ? "list" : "stat"; // weft: race
            }
        }, () -> {
            int denied = 0;
            for (int i = 0; i < 600; i++) {
                if (!granted.containsAll(needed)) { // weft: race
                    denied++;
                }
            }
            System.out.println(denied);
        });
    }
}
