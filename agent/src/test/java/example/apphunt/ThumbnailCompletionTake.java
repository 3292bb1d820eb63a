package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An image service renders thumbnails on a pool through an {@code ExecutorCompletionService} and packs each one into an
 * album page as it comes back from {@code take()}: the thumbnail is a mutable object the worker filled, and the page
 * is the main thread's own. The pool is shut down without waiting; {@code take().get()} is the only hand-off.
 */
// weft: expect none
public final class ThumbnailCompletionTake {

    static final class Thumbnail {
        final String name;
        int[] pixels;
        int checksum;

        Thumbnail(String name) {
            this.name = name;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3, new NamedThreads("render"));
        ExecutorCompletionService<Thumbnail> done = new ExecutorCompletionService<>(pool);
        for (int i = 0; i < 12; i++) {
            String name = "photo-" + i;
            int size = 16 + i;
            done.submit(() -> {
                Thumbnail thumbnail = new Thumbnail(name);
                thumbnail.pixels = new int[size];
                for (int p = 0; p < size; p++) {
                    thumbnail.pixels[p] = (p * 31 + size) & 0xff;
                    thumbnail.checksum += thumbnail.pixels[p];
                }
                return thumbnail;
            });
        }
        pool.shutdown();
        List<String> page = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < 12; i++) {
            Future<Thumbnail> next = done.take();
            Thumbnail thumbnail = next.get();
            total += thumbnail.checksum + thumbnail.pixels.length;
            page.add(thumbnail.name);
        }
        System.out.println(page.size() + " thumbnails, total " + total);
    }
}
