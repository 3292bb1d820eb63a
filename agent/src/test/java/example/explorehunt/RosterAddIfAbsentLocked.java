package example.explorehunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@link RosterAddIfAbsent} with the check and the add inside {@code synchronized (ROSTER)}. */
// weft: expect none
public final class RosterAddIfAbsentLocked {

    static final List<String> ROSTER = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws InterruptedException {
        Thread north = new Thread(() -> signUp("dana"), "north-desk");
        Thread south = new Thread(() -> signUp("dana"), "south-desk");
        north.start();
        south.start();
        north.join();
        south.join();
        if (ROSTER.size() != 1) {
            throw new IllegalStateException("driver signed up twice: " + ROSTER);
        }
    }

    static void signUp(String driver) {
        synchronized (ROSTER) {
            if (!ROSTER.contains(driver)) {
                ROSTER.add(driver);
            }
        }
    }
}
