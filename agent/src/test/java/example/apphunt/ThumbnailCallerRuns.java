package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A photo uploader resizes images on a {@code ThreadPoolExecutor} with a {@code SynchronousQueue} hand-off and the
 * {@code CallerRunsPolicy}: when both workers are busy the uploading thread resizes the image itself. Each task fills
 * a mutable result, which the uploader reads through {@code Future.get()}; a per-run tally in plain fields is read
 * after {@code shutdown} and {@code awaitTermination}.
 */
// weft: expect none
public final class ThumbnailCallerRuns {

    static final class Resized {
        int width;
        int height;
        long bytes;
        String resizedBy;
    }

    public static void main(String[] args) throws Exception {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 1, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new NamedThreads("resize"), new ThreadPoolExecutor.CallerRunsPolicy());
        List<Future<Resized>> results = new ArrayList<>();
        Resized[] all = new Resized[40];
        for (int i = 0; i < all.length; i++) {
            int original = 800 + i * 13;
            Resized resized = new Resized();
            all[i] = resized;
            results.add(pool.submit(() -> {
                resized.width = original / 4;
                resized.height = original * 3 / 16;
                long bytes = 0;
                for (int row = 0; row < resized.height; row++) {
                    bytes += resized.width * 3L;
                }
                resized.bytes = bytes;
                resized.resizedBy = Thread.currentThread().getName();
                return resized;
            }));
        }
        long bytes = 0;
        for (Future<Resized> result : results) {
            bytes += result.get().bytes;
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        int byUploader = 0;
        for (Resized resized : all) {
            byUploader += resized.resizedBy.equals("main") ? 1 : 0;
        }
        System.out.println(all.length + " resized, " + bytes + " bytes, some by the uploader " + (byUploader >= 0));
    }
}
