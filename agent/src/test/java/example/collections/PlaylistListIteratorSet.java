package example.collections;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

/** An editor retitles a shared playlist's tracks through {@code listIterator().set(..)} while the player reads a track, with no lock. */
// weft: expect race example.collections.PlaylistListIteratorSet.TRACKS threads=editor,player collection=java.util.ArrayList
public final class PlaylistListIteratorSet {

    static final List<String> TRACKS = new ArrayList<>(List.of("intro", "verse", "outro"));

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"editor", "player"},
                () -> {
                    for (ListIterator<String> it = TRACKS.listIterator(); it.hasNext(); ) {
                        String track = it.next();
                        it.set(track.toUpperCase()); // weft: race
                    }
                },
                () -> System.out.println("now playing " + TRACKS.get(1))); // weft: race
    }
}
