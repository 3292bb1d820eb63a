package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@link UploadBackpressureFixed} whose uploads also count themselves in a plain field of the progress: the two
 * uploaders count at once.
 */
// weft: expect race example.apphunt.UploadBackpressure$Progress.uploaded threads=upload-*
public final class UploadBackpressure {

    static final class Progress {
        private int uploaded;
    }

    static final class Upload implements Runnable {
        private final Progress progress;
        private int chunk;
        private long checksum;

        Upload(Progress progress) {
            this.progress = progress;
        }

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
            progress.uploaded++; // weft: race
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
        Progress progress = new Progress();
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Upload upload = new Upload(progress);
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
        System.out.println(progress.uploaded + " uploads, checksum " + total);
    }
}
