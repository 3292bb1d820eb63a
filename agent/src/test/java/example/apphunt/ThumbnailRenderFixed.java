package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A gallery renders thumbnails on a pool without a queue; when both renderers are busy, the rejection handler renders
 * the thumbnail in the caller ({@code job.run()}, as {@code CallerRunsPolicy} does). Each thumbnail keeps its own
 * pixels, which the gallery adds up once {@code awaitTermination} returns.
 */
// weft: expect none
public final class ThumbnailRenderFixed {

    static final class Thumbnail implements Runnable {
        private String photo;
        private long pixels;

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
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new NamedThreads("render"), (job, executor) -> {
                    if (!executor.isShutdown()) {
                        job.run();
                    }
                });
        List<Thumbnail> thumbnails = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Thumbnail thumbnail = new Thumbnail();
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
        System.out.println(thumbnails.size() + " thumbnails, " + total + " pixel units");
    }
}
