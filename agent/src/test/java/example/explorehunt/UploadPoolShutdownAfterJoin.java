package example.explorehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The twin of {@link UploadPoolShutdownEarly}: main shuts the pool down once the uploader has ended, and waits until the
 * pool has terminated.
 */
// weft: expect none
public final class UploadPoolShutdownAfterJoin {

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger uploaded = new AtomicInteger();
        Thread uploader = new Thread(() -> {
            for (int chunk = 0; chunk < 2; chunk++) {
                pool.execute(uploaded::incrementAndGet);
            }
        }, "uploader");
        uploader.start();
        uploader.join();
        pool.shutdown();
        while (!pool.awaitTermination(5, TimeUnit.SECONDS)) { // a timed wait may end early: wait until terminated
            System.err.println("still uploading");
        }
        if (uploaded.get() != 2) {
            throw new IllegalStateException(uploaded.get() + " chunk(s) uploaded");
        }
        System.out.println(uploaded.get() + " chunks uploaded");
    }
}
