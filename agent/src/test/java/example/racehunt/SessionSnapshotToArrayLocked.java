package example.racehunt;

import java.util.ArrayList;
import java.util.List;

/** The fixed twin of {@code SessionSnapshotToArray}: the renderer reads the array under the list's lock too. */
// weft: expect none
public final class SessionSnapshotToArrayLocked {

    static final String[] BUFFER = new String[8];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < BUFFER.length; i++) {
            BUFFER[i] = "-";
        }
        List<String> sessions = new ArrayList<>(List.of("alice", "bob", "carol"));
        Runnable monitor = () -> {
            for (int i = 0; i < 200; i++) {
                synchronized (sessions) {
                    sessions.toArray(BUFFER);
                }
            }
        };
        int[] shown = new int[1];
        Runnable renderer = () -> {
            for (int i = 0; i < 200; i++) {
                synchronized (sessions) {
                    String first = BUFFER[0];
                    shown[0] += first == null ? 0 : first.length();
                    shown[0] += BUFFER[7] == null ? 0 : 1;
                }
            }
        };
        Threads.runAll(new String[] {"monitor", "renderer"}, monitor, renderer);
        System.out.println("shown " + shown[0]);
    }
}
