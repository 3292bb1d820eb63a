package example.explorehunt;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two renderers drain a queue of thumbnail jobs: each checks {@code isEmpty()}, then takes a job with {@code poll()}.
 * Both may see the last job before either takes it; the loser polls {@code null} and fails with a
 * {@code NullPointerException}.
 */
// weft: expect failure
public final class ThumbnailQueueDrain {

    static final Queue<String> JOBS = new ConcurrentLinkedQueue<>();
    static final AtomicInteger RENDERED = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        JOBS.add("cover.png");
        JOBS.add("banner.png");
        JOBS.add("avatar.png");
        Thread first = new Thread(ThumbnailQueueDrain::drain, "renderer-1");
        Thread second = new Thread(ThumbnailQueueDrain::drain, "renderer-2");
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println("rendered " + RENDERED.get());
    }

    static void drain() {
        while (!JOBS.isEmpty()) {
            String job = JOBS.poll(); // the bug: the queue may have been emptied since isEmpty()
            render(job);
        }
    }

    static void render(String job) {
        if (job.endsWith(".png")) {
            RENDERED.incrementAndGet();
        }
    }
}
