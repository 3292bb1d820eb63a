package example.racehunt;

import java.util.ArrayList;
import java.util.List;

/**
 * A session monitor copies the open sessions into one reused array with {@code sessions.toArray(buffer)}
 * (under the list's lock, which the renderer does not take); the renderer reads the array's slots as they are
 * being filled.
 */
// weft: expect race java.lang.String[] threads=monitor,renderer
public final class SessionSnapshotToArray {

    static final String[] BUFFER = new String[8];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < BUFFER.length; i++) {
            BUFFER[i] = "-";
        }
        List<String> sessions = new ArrayList<>(List.of("alice", "bob", "carol"));
        Runnable monitor = () -> {
            for (int i = 0; i < 200; i++) {
                synchronized (sessions) {
                    sessions.toArray(BUFFER); // weft: race
                }
            }
        };
        int[] shown = new int[1];
        Runnable renderer = () -> {
            for (int i = 0; i < 200; i++) {
                String first = BUFFER[0]; // weft: race
                shown[0] += first == null ? 0 : first.length();
            }
        };
        Threads.runAll(new String[] {"monitor", "renderer"}, monitor, renderer);
        System.out.println("shown " + shown[0]);
    }
}
