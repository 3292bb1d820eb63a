package example.explorehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An uploader thread submits its chunks to a pool; main shuts the pool down once it has started the uploader, taking
 * the chunks for submitted already. A chunk submitted after the shutdown is rejected: a
 * {@code RejectedExecutionException} in the uploader, and the chunk is lost.
 */
// weft: expect failure
public final class UploadPoolShutdownEarly {

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger uploaded = new AtomicInteger();
        Thread uploader = new Thread(() -> {
            for (int chunk = 0; chunk < 2; chunk++) {
                pool.execute(uploaded::incrementAndGet);
            }
        }, "uploader");
        uploader.start();
        pool.shutdown(); // the bug: the uploader may not have submitted its chunks yet
        uploader.join();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(uploaded.get() + " chunk(s) uploaded");
    }
}
