package example.racehunt;

import java.util.Arrays;
import java.util.List;

/** A playlist array is edited through its {@code Arrays.asList} view's {@code set} while a player reads the array. */
// weft: expect race java.lang.String[] threads=editor,player
public final class PlaylistAsListSet {

    static final String[] TRACKS = {"intro", "verse", "chorus", "outro"};

    public static void main(String[] args) throws InterruptedException {
        List<String> view = Arrays.asList(TRACKS);
        Threads.runAll(new String[] {"editor", "player"}, () -> {
            for (int i = 0; i < 2000; i++) {
                view.set(i % 4, "take-" + i); // weft: race
            }
        }, () -> {
            int length = 0;
            for (int i = 0; i < 2000; i++) {
                length += TRACKS[i % 4].length(); // weft: race
            }
            System.out.println(length);
        });
    }
}
