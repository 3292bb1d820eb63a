package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A thumbnail service on a {@code ThreadPoolExecutor} whose core threads time out ({@code allowCoreThreadTimeOut})
 * and are started ahead with {@code prestartAllCoreThreads}: requests come in two bursts with a pause in which the
 * workers die, so the second burst runs on new workers. Each task reads the shared, never changed settings and fills a
 * result object the requester reads after {@code Future.get}.
 */
// weft: expect none
public final class ThumbnailCoreTimeout {

    static final class Settings {
        int size = 128;
        String format = "webp";
    }

    static final class Thumb {
        String name;
        int bytes;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = new Settings();
        settings.size = 96;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 5, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
        pool.allowCoreThreadTimeOut(true);
        pool.prestartAllCoreThreads();
        long bytes = 0;
        for (int burst = 0; burst < 2; burst++) {
            List<Future<Thumb>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String photo = "photo-" + burst + "-" + i;
                futures.add(pool.submit(() -> {
                    Thumb thumb = new Thumb();
                    thumb.name = photo + "." + settings.format;
                    thumb.bytes = settings.size * photo.length();
                    return thumb;
                }));
            }
            for (Future<Thumb> future : futures) {
                Thumb thumb = future.get();
                bytes += thumb.bytes + thumb.name.length();
            }
            Thread.sleep(30); // the core workers time out before the next burst (the outcome does not depend on it)
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(bytes + " bytes, largest pool " + pool.getLargestPoolSize());
    }
}
