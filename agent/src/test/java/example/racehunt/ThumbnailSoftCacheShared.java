package example.racehunt;

import java.lang.ref.SoftReference;

/**
 * A thumbnail cache keeps its entry behind a {@code SoftReference}; two render threads take the entry with
 * {@code get()} and count their hits in the entry's plain field: the reference orders nothing.
 */
// weft: expect race example.racehunt.ThumbnailSoftCacheShared$Thumbnail.hits threads=render-1,render-2
public final class ThumbnailSoftCacheShared {

    static final class Thumbnail {
        final byte[] pixels = new byte[64];
        int hits;
    }

    public static void main(String[] args) throws InterruptedException {
        Thumbnail thumbnail = new Thumbnail();
        SoftReference<Thumbnail> cached = new SoftReference<>(thumbnail);
        Runnable render = () -> {
            Thumbnail hit = cached.get();
            if (hit != null) {
                hit.hits++; // weft: race
            }
        };
        Threads.runAll(new String[] {"render-1", "render-2"}, render, render);
        System.out.println("hits " + thumbnail.hits);
    }
}
