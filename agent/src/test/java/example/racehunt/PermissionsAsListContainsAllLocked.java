package example.racehunt;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The fixed twin of {@code PermissionsAsListContainsAll}: the admin and the gate take the array's lock. */
// weft: expect none
public final class PermissionsAsListContainsAllLocked {

    static final String[] GRANTED = {"read", "list", "stat"};

    public static void main(String[] args) throws InterruptedException {
        List<String> granted = Arrays.asList(GRANTED);
        Set<String> needed = Set.of("read", "write");
        Threads.runAll(new String[] {"admin", "gate"}, () -> {
            for (int i = 0; i < 600; i++) {
                synchronized (GRANTED) {
                    GRANTED[i % 3] = i % 2 == 0 ? "list" : "stat";
                }
            }
        }, () -> {
            int denied = 0;
            for (int i = 0; i < 600; i++) {
                synchronized (GRANTED) {
                    if (!granted.containsAll(needed)) {
                        denied++;
                    }
                }
            }
            System.out.println(denied);
        });
    }
}
