package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A radio station reshuffles its playlist with {@code Collections.shuffle} while the player reads the next track from it. */
// weft: expect race example.collections.PlaylistShuffledWhileRead.tracks threads=shuffler,player collection=java.util.ArrayList
public final class PlaylistShuffledWhileRead {

    static final List<String> tracks = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            tracks.add("track-" + i);
        }
        Runnable shuffler = () -> Collections.shuffle(tracks); // weft: race
        Runnable player = () -> System.out.println("now playing " + tracks.get(0)); // weft: race
        Threads.runAll(new String[] {"shuffler", "player"}, shuffler, player);
    }
}
