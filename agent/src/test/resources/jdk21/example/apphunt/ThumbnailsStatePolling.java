package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A thumbnail renderer on virtual threads (JDK 21+) whose progress bar polls: the main thread submits one task per
 * image, each filling a mutable thumbnail made by the main thread, and polls {@code Future.state()} (and
 * {@code isDone()}) until no task is running; it then reads each thumbnail straight from the object, never calling
 * {@code get}, before it closes the executor. A done state is read after the task's result was set.
 */
// weft: expect none
public final class ThumbnailsStatePolling {

    static final class Thumbnail {
        final int image;
        int width;
        int height;
        byte[] pixels;

        Thumbnail(int image) {
            this.image = image;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<Thumbnail> thumbnails = new ArrayList<>();
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService renderers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 24; i++) {
                Thumbnail thumbnail = new Thumbnail(i);
                thumbnails.add(thumbnail);
                futures.add(renderers.submit(() -> {
                    thumbnail.width = 64 + thumbnail.image % 3;
                    thumbnail.height = 48;
                    thumbnail.pixels = new byte[thumbnail.width * thumbnail.height];
                    thumbnail.pixels[0] = (byte) thumbnail.image;
                }));
            }
            int running;
            do {
                Thread.sleep(1);
                running = 0;
                for (Future<?> future : futures) {
                    if (future.state() == Future.State.RUNNING || !future.isDone()) {
                        running++;
                    }
                }
            } while (running > 0);
            long bytes = 0;
            for (Thumbnail thumbnail : thumbnails) {
                bytes += thumbnail.pixels.length + thumbnail.pixels[0] + thumbnail.width + thumbnail.height;
            }
            System.out.println(thumbnails.size() + " thumbnails, " + bytes + " bytes");
        }
    }
}
