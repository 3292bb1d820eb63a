package example.apphunt;

import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A gallery makes thumbnails on a pool through an {@code ExecutorCompletionService} and collects them with
 * {@code poll(timeout)} in completion order, reading each thumbnail's fields as it arrives.
 */
// weft: expect none
public final class ThumbnailCompletionPoll {

    static final class Thumbnail {
        final String photo;
        int width;
        int height;
        byte[] bytes;

        Thumbnail(String photo) {
            this.photo = photo;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3, new NamedThreads("thumbs"));
        ExecutorCompletionService<Thumbnail> done = new ExecutorCompletionService<>(pool);
        int photos = 40;
        for (int i = 0; i < photos; i++) {
            String photo = "IMG_" + i;
            done.submit(() -> {
                Thumbnail t = new Thumbnail(photo);
                t.width = 160;
                t.height = 90 + photo.length();
                t.bytes = new byte[t.width * 2];
                return t;
            });
        }
        int collected = 0;
        long bytes = 0;
        while (collected < photos) {
            Future<Thumbnail> next = done.poll(50, TimeUnit.MILLISECONDS);
            if (next != null) {
                Thumbnail t = next.get();
                bytes += t.bytes.length + t.height + t.photo.length();
                collected++;
            }
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(collected + " thumbnails, " + bytes + " bytes");
    }
}
