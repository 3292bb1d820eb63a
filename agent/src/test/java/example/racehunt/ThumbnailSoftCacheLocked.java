package example.racehunt;

import java.lang.ref.SoftReference;

/** The fixed {@link ThumbnailSoftCacheShared}: the hit count is bumped holding the entry's lock. */
// weft: expect none
public final class ThumbnailSoftCacheLocked {

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
                synchronized (hit) {
                    hit.hits++;
                }
            }
        };
        Threads.runAll(new String[] {"render-1", "render-2"}, render, render);
        synchronized (thumbnail) {
            System.out.println("hits " + thumbnail.hits);
        }
    }
}
