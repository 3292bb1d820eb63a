package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * An uploader with back-pressure: when the pool's small queue is full, its rejection handler puts the upload back
 * into the pool's queue ({@code executor.getQueue().offer(job)}), or, when the queue is still full, waits a moment
 * and gives it to {@code execute} again. The uploader sets each upload's chunk before handing it over; each upload
 * keeps its own checksum, which the uploader adds up once {@code awaitTermination} returns.
 */
// weft: expect none
public final class UploadBackpressureFixed {

    static final class Upload implements Runnable {
        private int chunk;
        private long checksum;

        void chunk(int chunk) {
            this.chunk = chunk;
        }

        @Override
        public void run() {
            long sum = chunk;
            for (int b = 0; b < 20_000; b++) {
                sum = sum * 31 + b;
            }
            checksum = sum;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2),
                new NamedThreads("upload"), (job, executor) -> {
                    if (!executor.getQueue().offer(job)) {
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        executor.execute(job);
                    }
                });
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Upload upload = new Upload();
            upload.chunk(i);
            uploads.add(upload);
            pool.execute(upload);
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        long total = 0;
        for (Upload upload : uploads) {
            total += upload.checksum;
        }
        System.out.println(uploads.size() + " uploads, checksum " + total);
    }
}
