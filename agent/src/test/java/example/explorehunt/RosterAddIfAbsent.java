package example.explorehunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A shift roster kept in a {@code Collections.synchronizedList}: two dispatchers each sign the same driver up
 * unless the roster already has him. {@code contains} and {@code add} each take the list's lock, but not the two
 * together: both may see him missing, and he is on the roster twice.
 */
// weft: expect failure
public final class RosterAddIfAbsent {

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
        if (!ROSTER.contains(driver)) { // the bug: check, then act, each under the lock but not together
            ROSTER.add(driver);
        }
    }
}
