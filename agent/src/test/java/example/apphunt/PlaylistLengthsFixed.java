package example.apphunt;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * A music library's playlist is a collection of its own whose {@code spliterator()} hands out the tracks of a
 * range of its albums; {@code parallelStream()} and {@code stream().parallel()}, which the playlist keeps from
 * {@code Collection}, make a parallel stream of it. The album ranges are set by {@code trySplit} in one thread
 * and read by the common pool's workers the JDK forks the parts to.
 */
// weft: expect none
public final class PlaylistLengthsFixed {

    record Track(String title, int seconds) { }

    static final class Playlist extends AbstractCollection<Track> {
        private final List<Track[]> albums = new ArrayList<>();
        private int size;

        void addAlbum(Track... tracks) {
            albums.add(tracks);
            size += tracks.length;
        }

        @Override
        public Iterator<Track> iterator() {
            return albums.stream().flatMap(java.util.Arrays::stream).iterator();
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Spliterator<Track> spliterator() {
            return new AlbumSpliterator(albums, 0, albums.size());
        }
    }

    /** The tracks of albums {@code album} (inclusive) to {@code end} (exclusive), from track {@code track} of the first. */
    static final class AlbumSpliterator implements Spliterator<Track> {
        private final List<Track[]> albums;
        private int album;
        private int track;
        private int end;

        AlbumSpliterator(List<Track[]> albums, int album, int end) {
            this.albums = albums;
            this.album = album;
            this.end = end;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Track> action) {
            while (album < end) {
                Track[] tracks = albums.get(album);
                if (track < tracks.length) {
                    action.accept(tracks[track++]);
                    return true;
                }
                album++;
                track = 0;
            }
            return false;
        }

        @Override
        public Spliterator<Track> trySplit() {
            if (end - album < 2 || track > 0) {
                return null;
            }
            int middle = (album + end) >>> 1;
            AlbumSpliterator prefix = new AlbumSpliterator(albums, album, middle);
            album = middle;
            return prefix;
        }

        @Override
        public long estimateSize() {
            long tracks = 0;
            for (int a = album; a < end; a++) {
                tracks += albums.get(a).length;
            }
            return tracks - track;
        }

        @Override
        public int characteristics() {
            return ORDERED | NONNULL;
        }
    }

    public static void main(String[] args) {
        Playlist playlist = new Playlist();
        for (int a = 0; a < 400; a++) {
            Track[] tracks = new Track[12];
            for (int t = 0; t < tracks.length; t++) {
                tracks[t] = new Track("album " + a + " track " + t, 120 + (a * 7 + t * 13) % 300);
            }
            playlist.addAlbum(tracks);
        }
        int seconds = playlist.parallelStream().mapToInt(Track::seconds).sum();
        long longOnes = playlist.stream().parallel().filter(track -> track.seconds() > 360).count();
        System.out.println(playlist.size() + " tracks, " + seconds / 3600 + " h, " + longOnes + " long");
    }
}
