package example.collections;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

/**
 * Twin of {@code PlaylistListIteratorSet}: the retitling and the read hold the playlist's lock; a second editor swaps
 * and retitles a copy of its own ({@code Collections.swap}, {@code listIterator().set}). Correct: no finding.
 */
// weft: expect none
public final class PlaylistListIteratorSetLocked {

    static final List<String> TRACKS = new ArrayList<>(List.of("intro", "verse", "outro"));

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"editor", "player", "remixer"},
                () -> {
                    synchronized (TRACKS) {
                        for (ListIterator<String> it = TRACKS.listIterator(); it.hasNext(); ) {
                            it.set(it.next().toUpperCase());
                        }
                    }
                },
                () -> {
                    synchronized (TRACKS) {
                        System.out.println("now playing " + TRACKS.get(1));
                    }
                },
                () -> {
                    List<String> remix = new ArrayList<>(List.of("a", "b", "c"));
                    java.util.Collections.swap(remix, 0, 2);
                    for (ListIterator<String> it = remix.listIterator(); it.hasNext(); ) {
                        it.set(it.next() + "!");
                    }
                    System.out.println("remix " + remix);
                });
    }
}
