package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A gallery renders a batch of thumbnails on a pool, handing the jobs over with {@code jobs.forEach(pool::execute)}
 * (a method reference: the JDK's lambda class makes the {@code execute} calls); but the scale is changed after the
 * batch was handed over, while the renderers read it.
 */
// weft: expect race example.apphunt.ThumbnailBatch$Settings.scale threads=main,render-*
public final class ThumbnailBatch {

    static final class Settings {
        int scale = 1;
    }

    static final class Thumbnail implements Runnable {
        private final Settings settings;
        private final int width;
        private int pixels;

        Thumbnail(Settings settings, int width) {
            this.settings = settings;
            this.width = width;
        }

        @Override
        public void run() {
            pixels = width * width * settings.scale; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2, new NamedThreads("render"));
        Settings settings = new Settings();
        List<Thumbnail> batch = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            batch.add(new Thumbnail(settings, 16 + i));
        }
        batch.forEach(pool::execute);
        settings.scale = 2; // weft: race
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        long total = 0;
        for (Thumbnail thumbnail : batch) {
            total += thumbnail.pixels;
        }
        System.out.println(total + " pixels");
    }
}
