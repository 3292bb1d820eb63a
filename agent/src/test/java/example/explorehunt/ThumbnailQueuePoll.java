package example.explorehunt;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link ThumbnailQueueDrain} whose renderers take a job with {@code poll()} alone and stop at {@code null}. */
// weft: expect none
public final class ThumbnailQueuePoll {

    static final Queue<String> JOBS = new ConcurrentLinkedQueue<>();
    static final AtomicInteger RENDERED = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        JOBS.add("cover.png");
        JOBS.add("banner.png");
        JOBS.add("avatar.png");
        Thread first = new Thread(ThumbnailQueuePoll::drain, "renderer-1");
        Thread second = new Thread(ThumbnailQueuePoll::drain, "renderer-2");
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println("rendered " + RENDERED.get());
    }

    static void drain() {
        for (String job = JOBS.poll(); job != null; job = JOBS.poll()) {
            render(job);
        }
    }

    static void render(String job) {
        if (job.endsWith(".png")) {
            RENDERED.incrementAndGet();
        }
    }
}
