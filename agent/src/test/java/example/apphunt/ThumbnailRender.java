package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@link ThumbnailRenderFixed} whose thumbnails also count themselves in the gallery, a plain field: the renderers and
 * the caller, which renders what the pool rejects, count at once.
 */
// weft: expect race example.apphunt.ThumbnailRender$Gallery.rendered threads=main,render-*
public final class ThumbnailRender {

    static final class Gallery {
        private int rendered;
    }

    static final class Thumbnail implements Runnable {
        private final Gallery gallery;
        private String photo;
        private long pixels;

        Thumbnail(Gallery gallery) {
            this.gallery = gallery;
        }

        void of(String photo) {
            this.photo = photo;
        }

        @Override
        public void run() {
            long sum = 0;
            for (int p = 0; p < 30_000 + photo.length(); p++) {
                sum += (p * 31L) % 255;
            }
            pixels = sum;
            gallery.rendered++; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new NamedThreads("render"), (job, executor) -> {
                    if (!executor.isShutdown()) {
                        job.run();
                    }
                });
        Gallery gallery = new Gallery();
        List<Thumbnail> thumbnails = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Thumbnail thumbnail = new Thumbnail(gallery);
            thumbnail.of("holiday-" + i + ".jpg");
            thumbnails.add(thumbnail);
            pool.execute(thumbnail);
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        long total = 0;
        for (Thumbnail thumbnail : thumbnails) {
            total += thumbnail.pixels;
        }
        System.out.println(gallery.rendered + " thumbnails, " + total + " pixel units");
    }
}
