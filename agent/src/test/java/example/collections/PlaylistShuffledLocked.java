package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The twin of {@link PlaylistShuffledWhileRead}: the shuffle and the read hold the playlist's monitor. */
// weft: expect none
public final class PlaylistShuffledLocked {

    static final List<String> tracks = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            tracks.add("track-" + i);
        }
        Runnable shuffler = () -> {
            synchronized (tracks) {
                Collections.shuffle(tracks);
            }
        };
        Runnable player = () -> {
            synchronized (tracks) {
                System.out.println("now playing " + tracks.get(0));
            }
        };
        Threads.runAll(new String[] {"shuffler", "player"}, shuffler, player);
    }
}
