package example.racehunt;

import java.util.Arrays;
import java.util.List;

/** The fixed twin of {@code PlaylistAsListSet}: the editor and the player hold the tracks' lock. */
// weft: expect none
public final class PlaylistAsListSetLocked {

    static final String[] TRACKS = {"intro", "verse", "chorus", "outro"};

    public static void main(String[] args) throws InterruptedException {
        List<String> view = Arrays.asList(TRACKS);
        Threads.runAll(new String[] {"editor", "player"}, () -> {
            for (int i = 0; i < 2000; i++) {
                synchronized (TRACKS) {
                    view.set(i % 4, "take-" + i);
                }
            }
        }, () -> {
            int length = 0;
            for (int i = 0; i < 2000; i++) {
                synchronized (TRACKS) {
                    length += TRACKS[i % 4].length();
                }
            }
            System.out.println(length);
        });
    }
}
