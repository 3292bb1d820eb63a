package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sensor feed published with {@code SubmissionPublisher} (the JDK's reactive-streams publisher) to a
 * statistics subscriber that runs in the feed's executor. To save garbage the reader reuses one mutable
 * {@code Reading} for every sample it submits: the subscriber may still be reading the previous sample's
 * value while the reader writes the next one.
 */
// weft: expect race example.apphunt.SensorFeed$Reading.celsius threads=main,feed-*
public final class SensorFeed {

    static final class Reading {
        String sensor;
        double celsius;
    }

    static final class Stats implements Flow.Subscriber<Reading> {
        private final CountDownLatch done = new CountDownLatch(1);
        private double max = Double.NEGATIVE_INFINITY;
        private int count;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Reading reading) {
            max = Math.max(max, reading.celsius); // weft: race
            count++;
        }

        @Override
        public void onError(Throwable failure) {
            done.countDown();
        }

        @Override
        public void onComplete() {
            done.countDown();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> new Thread(r, "feed-" + threads.incrementAndGet()));
        Stats stats = new Stats();
        Reading reading = new Reading();
        try (SubmissionPublisher<Reading> feed = new SubmissionPublisher<>(executor, 64)) {
            feed.subscribe(stats);
            for (int i = 0; i < 200; i++) {
                reading.sensor = "boiler";
                reading.celsius = 60 + i % 25; // weft: race
                feed.submit(reading);
            }
        }
        stats.done.await();
        executor.shutdown();
        System.out.println(stats.count + " readings, max " + stats.max);
    }
}
